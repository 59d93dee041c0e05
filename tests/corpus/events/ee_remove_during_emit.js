// Removing (or adding) a listener during an emit does not change that emit: it runs a copy.
const EventEmitter = require('events');
const e = new EventEmitter();
const b = () => console.log('b');
const c = () => console.log('c');
e.on('x', () => { console.log('a'); e.removeListener('x', b); e.on('x', c); });
e.on('x', b);
e.emit('x');
console.log('--');
e.emit('x');
console.log(e.listenerCount('x'));
