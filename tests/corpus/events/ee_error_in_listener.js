// A listener that throws stops the emit: later listeners do not run, the error reaches the caller.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', () => console.log('first'));
e.on('x', () => { throw new Error('listener failed'); });
e.on('x', () => console.log('never'));
try { e.emit('x'); } catch (err) { console.log('caught', err.message); }
e.on('error', () => console.log('the error listener is not involved'));
e.emit('x');
