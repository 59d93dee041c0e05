const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', () => { console.log('one'); e.on('x', () => console.log('added')); });
e.on('x', () => console.log('two'));
e.emit('x');
console.log('--');
e.emit('x');
