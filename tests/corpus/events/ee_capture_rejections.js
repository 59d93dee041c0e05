// captureRejections: an async listener's rejection becomes an 'error' event on a later tick.
const EventEmitter = require('events');
const e = new EventEmitter({ captureRejections: true });
e.on('go', async (v) => { throw new Error(`failed on ${v}`); });
e.on('error', (err) => console.log('error event:', err.message));
e.emit('go', 1);
process.nextTick(() => console.log('tick queued after emit'));
console.log('emitted');
