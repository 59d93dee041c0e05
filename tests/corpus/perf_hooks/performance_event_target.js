// The global performance is an EventTarget (Node 20's Performance extends EventTarget).
console.log(performance instanceof EventTarget, performance instanceof Performance);
console.log(typeof performance.addEventListener, typeof performance.removeEventListener, typeof performance.dispatchEvent);
const chain = [];
for (let p = Object.getPrototypeOf(performance); p; p = Object.getPrototypeOf(p)) chain.push(p.constructor.name);
console.log(chain.join(' -> '));
console.log(Object.prototype.toString.call(performance), Object.keys(performance));
console.log(Object.getOwnPropertyNames(Performance.prototype));
console.log(Object.keys(Performance.prototype));
performance.addEventListener('custom', (e) => console.log('got', e.type, e.target === performance));
console.log(performance.dispatchEvent(new Event('custom')));
console.log(performance.onresourcetimingbufferfull);
try { new Performance(); } catch (e) { console.log(e.name, e.code, e.message); }
try { Performance.prototype.now.call({}); } catch (e) { console.log(e.name, e.code, e.message); }
try { performance.getEntriesByName(); } catch (e) { console.log(e.code, e.message); }
console.log(performance.timerify.name, typeof performance.eventLoopUtilization, typeof performance.markResourceTiming);
