const EventEmitter = require('events');
const e = new EventEmitter();
e.on('error', (err) => console.log('caught', err.message));
setImmediate(() => e.emit('error', new Error('late failure')));
e.emit('error', new Error('early failure'));
