// prependListener and prependOnceListener go to the front of the list.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', () => console.log('second'));
e.prependListener('x', () => console.log('first'));
e.on('x', () => console.log('third'));
e.prependOnceListener('x', () => console.log('zeroth, once'));
e.emit('x');
console.log('--');
e.emit('x');
console.log(e.listeners('x').map(String));
