const EventEmitter = require('events');
const e = new EventEmitter();
e.on('ping', () => console.log('listener'));
console.log('before emit');
e.emit('ping');
console.log('after emit');
