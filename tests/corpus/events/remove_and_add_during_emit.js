const EventEmitter = require('events');
const e = new EventEmitter();
function a() { console.log('a'); e.removeListener('x', b); }
function b() { console.log('b'); }
function c() { console.log('c'); e.on('x', () => console.log('added during emit')); }
e.on('x', a); e.on('x', b); e.on('x', c);
e.emit('x'); console.log('---'); e.emit('x');
