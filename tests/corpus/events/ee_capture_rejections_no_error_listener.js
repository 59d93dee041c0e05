// A captured rejection with no 'error' listener: the unhandled 'error' is thrown from a tick.
const EventEmitter = require('events');
const e = new EventEmitter({ captureRejections: true });
e.on('x', async () => { throw new Error('nobody listens'); });
e.emit('x');
console.log('emitted');
