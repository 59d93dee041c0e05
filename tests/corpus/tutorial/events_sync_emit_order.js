const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', () => { console.log('listener 1'); process.nextTick(() => console.log('tick from 1')); });
e.prependListener('x', () => console.log('listener 0'));
e.once('x', () => console.log('once listener'));
console.log('before emit');
e.emit('x');
e.emit('x');
console.log('after emit');
