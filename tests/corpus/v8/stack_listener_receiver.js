// V8 names a listener's frame after the emitter it was called on, and shows Node's emit frame.
const EventEmitter = require('events');
const show = (e) => console.log(e.stack.split(__dirname).join('$DIR'));
class Bell extends EventEmitter {}
const bell = new Bell();
bell.on('ring', function named() { show(new Error('named')); });
bell.on('ring', () => show(new Error('arrow')));
bell.once('ring', function () { show(new Error('once')); });
bell.emit('ring');
const plain = new EventEmitter();
const handlers = { onData() { show(new Error('object method')); } };
plain.on('data', handlers.onData);
plain.emit('data');
process.on('exit', () => show(new Error('exit listener')));
