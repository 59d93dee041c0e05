// getEventListeners for an EventEmitter and an EventTarget.
const { getEventListeners, EventEmitter } = require('events');
const e = new EventEmitter();
function one() {}
function two() {}
e.on('x', one);
e.once('x', two);
console.log(getEventListeners(e, 'x'), getEventListeners(e, 'none'));
const t = new EventTarget();
t.addEventListener('y', one);
t.addEventListener('y', two);
console.log(getEventListeners(t, 'y'), getEventListeners(t, 'none'));
const ac = new AbortController();
ac.signal.onabort = one;
console.log(getEventListeners(ac.signal, 'abort').length);
try { getEventListeners({}, 'x'); } catch (err) { console.log(err.code, err.message); }
