// console.trace prints `Trace` (no colon) without a message, and the frames an error made
// there would have: built-ins calling back, the emitter, the loader's and the loop's frames.
const EventEmitter = require('events');
function f() { console.trace('in f %d', 1); }
f();
console.trace();
console.trace({ a: 1 });
const e = new EventEmitter();
e.on('go', function onGo() { console.trace('emitted'); });
e.emit('go');
[1].forEach(function each() { console.trace('each'); });
process.nextTick(() => console.trace('tick'));
setTimeout(function tick() { console.trace('timer'); }, 0);
