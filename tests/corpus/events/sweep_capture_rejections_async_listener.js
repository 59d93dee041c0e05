const EventEmitter = require('events');
const e = new EventEmitter({ captureRejections: true });
e.on('job', async (n) => { await null; if (n === 2) throw new Error('job ' + n); console.log('job ok', n); });
e.on('error', (err) => console.log('error handler', err.message));
e.emit('job', 1);
e.emit('job', 2);
console.log('emitted');
setImmediate(() => console.log('imm'));
