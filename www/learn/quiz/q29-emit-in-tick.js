const EventEmitter = require('events');
const e = new EventEmitter();
process.nextTick(() => e.emit('ready'));
e.on('ready', () => console.log('ready'));
console.log('listener added');
