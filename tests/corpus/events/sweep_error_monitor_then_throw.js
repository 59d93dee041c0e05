const EventEmitter = require('events');
const e = new EventEmitter();
e.on(EventEmitter.errorMonitor, (err) => console.log('monitor', err.message));
process.on('uncaughtException', (err, origin) => console.log('uncaught', err.message, origin));
e.emit('error', new Error('first'));
console.log('after emit');
setTimeout(() => console.log('timer still runs'), 0);
