// process is an EventEmitter; listeners added by the program are listed.
const EventEmitter = require('events');
console.log(process instanceof EventEmitter, typeof process.on, Object.prototype.toString.call(process));
const before = process.listenerCount('exit');
process.on('exit', () => {});
console.log(process.listenerCount('exit') - before);
console.log(typeof process.emit, typeof process.setMaxListeners);
