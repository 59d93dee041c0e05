// listeners() unwraps once-wrappers, rawListeners() does not; eventNames lists symbols too.
const EventEmitter = require('events');
const e = new EventEmitter();
const sym = Symbol('custom');
function plain() { console.log('plain'); }
function onceOnly() { console.log('onceOnly'); }
e.on('x', plain);
e.once('x', onceOnly);
e.on(sym, plain);
console.log(e.listeners('x'));
const raw = e.rawListeners('x');
console.log(raw, raw[1].listener === onceOnly);
raw[1]();
console.log(e.listenerCount('x'));
raw[1].listener();
console.log(e.eventNames(), e.listeners('none'));
console.log(e.listenerCount('x', plain), EventEmitter.listenerCount(e, 'x'));
