// setMaxListeners per emitter (0 = unlimited), defaultMaxListeners, and the module-level setter.
const EventEmitter = require('events');
const a = new EventEmitter();
a.setMaxListeners(2);
for (let i = 0; i < 3; i++) a.on('x', () => {});
const b = new EventEmitter().setMaxListeners(0);
for (let i = 0; i < 20; i++) b.on('x', () => {});
console.log(a.getMaxListeners(), b.getMaxListeners(), EventEmitter.defaultMaxListeners);
EventEmitter.defaultMaxListeners = 1;
const c = new EventEmitter();
c.on('y', () => {});
c.on('y', () => {});
class Custom extends EventEmitter {}
const d = new Custom();
d.on(Symbol('sym'), () => {}).on(Symbol('sym2'), () => {});
const s = Symbol('same');
d.on(s, () => {}).on(s, () => {});
console.log(EventEmitter.getMaxListeners(c), require('events').getMaxListeners(new EventTarget()));
EventEmitter.setMaxListeners(3);
console.log(EventEmitter.defaultMaxListeners);
for (const bad of [-1, 'x', NaN]) {
  try { a.setMaxListeners(bad); } catch (err) { console.log(err.code, err.message); }
}
try { EventEmitter.defaultMaxListeners = -2; } catch (err) { console.log(err.code, err.message); }
