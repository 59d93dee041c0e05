const EventEmitter = require('events');
class Bus extends EventEmitter {}
const b = new Bus();
function deep(n) { if (n === 0) b.emit('error', new Error('deep')); else deep(n - 1); }
setTimeout(() => deep(3), 0);
