const EventEmitter = require('events');
const e = new EventEmitter();
function a() { console.log('a'); e.removeListener('x', b); }
function b() { console.log('b'); }
e.on('x', a);
e.on('x', b);
e.once('x', () => console.log('once'));
e.prependListener('x', () => console.log('prepended'));
e.prependOnceListener('x', () => console.log('prepended once'));
e.emit('x');
console.log('---');
e.emit('x');
console.log(e.listenerCount('x'));
