// captureRejections routes an async listener's rejection to 'error'.
const EventEmitter = require('events');
const e = new EventEmitter({ captureRejections: true });
e.on('ev', async () => { throw new Error('async boom'); });
e.on('error', (err) => console.log('error event', err.message));
e.emit('ev');
console.log('emitted');
