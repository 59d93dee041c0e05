const EventEmitter = require('events');
const e = new EventEmitter();
process.nextTick(() => console.log('tick never'));
setTimeout(() => console.log('timer never'), 0);
console.log('before');
e.emit('error', new Error('unhandled emitter error'));
console.log('after');
