// process is an EventEmitter: custom events, listener counts, and 'exit' ordering.
const EventEmitter = require('events');
console.log(process instanceof EventEmitter);
process.on('custom', (v) => console.log('custom event', v));
process.emit('custom', 7);
process.once('exit', (code) => console.log('exit 1', code));
process.on('exit', () => console.log('exit 2'));
console.log(process.listenerCount('exit'));
