const EventEmitter = require('events');
const e = new EventEmitter();
setTimeout(() => console.log('never'), 10);
process.on('exit', (c) => console.log('exit', c));
e.emit('error', { code: 'E_CUSTOM', message: 'not an Error' });
