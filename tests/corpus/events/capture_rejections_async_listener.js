const { EventEmitter } = require('events');
const e = new EventEmitter({ captureRejections: true });
e.on('x', async () => { throw new Error('async listener failed'); });
e.on('error', (err) => console.log('error event', err.message));
e.emit('x');
console.log('emitted');
