// Emitting 'error' with no listener throws the error itself: an uncaught exception.
const EventEmitter = require('events');
const e = new EventEmitter();
console.log('before');
e.emit('error', new Error('disk on fire'));
console.log('never');
