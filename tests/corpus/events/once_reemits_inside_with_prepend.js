const EventEmitter = require('events');
const e = new EventEmitter();
e.once('x', (n) => { console.log('once', n); e.emit('x', n + 1); });
e.on('x', (n) => console.log('on', n));
e.prependListener('x', (n) => console.log('prepended', n));
e.emit('x', 1);
e.emit('x', 10);
