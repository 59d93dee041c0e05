const EventEmitter = require('events');
const e = new EventEmitter();
e.on('newListener', (ev, fn) => console.log('newListener', ev, fn.name));
e.on('removeListener', (ev, fn) => console.log('removeListener', ev, fn.name));
function foo() {}
e.once('a', foo);
e.emit('a');
e.on('b', foo);
e.removeAllListeners('b');
console.log(e.eventNames());
