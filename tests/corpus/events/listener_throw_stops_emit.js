// A listener's throw stops emit: the next listener never runs, and the process exits 1 after 'exit'.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', () => { throw new Error('listener threw'); });
e.on('x', () => console.log('second never'));
process.on('exit', c => console.log('exit', c));
e.emit('x');
