// More than 10 listeners of one type: Node's MaxListenersExceededWarning for EventTarget (once).
const t = new EventTarget();
for (let i = 0; i < 12; i++) t.addEventListener('foo', () => {});
const ac = new AbortController();
for (let i = 0; i < 11; i++) ac.signal.addEventListener('abort', () => {});
t.addEventListener('bar', null);
console.log('sync done');
