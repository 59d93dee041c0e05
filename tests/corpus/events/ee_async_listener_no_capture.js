// Without captureRejections an async listener's rejection is an unhandled rejection (exit 1).
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('go', async () => { throw new Error('async listener failed'); });
e.on('error', () => console.log('never: not captured'));
e.emit('go');
console.log('emitted');
