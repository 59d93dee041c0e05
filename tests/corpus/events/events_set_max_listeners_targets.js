// events.setMaxListeners(n, ...targets) for EventTargets and EventEmitters.
const events = require('events');
const t = new EventTarget();
const e = new events.EventEmitter();
events.setMaxListeners(2, t, e);
console.log(events.getMaxListeners(t), events.getMaxListeners(e), e.getMaxListeners());
for (let i = 0; i < 3; i++) t.addEventListener('z', () => {});
for (let i = 0; i < 3; i++) e.on('z', () => {});
try { events.setMaxListeners(1, {}); } catch (err) { console.log(err.code, err.message); }
try { events.setMaxListeners(-1); } catch (err) { console.log(err.code, err.message); }
