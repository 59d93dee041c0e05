// A throwing listener does not stop the dispatch: Node rethrows the error on the next tick.
const t = new EventTarget();
t.addEventListener('x', () => { console.log('one'); throw new Error('boom'); });
t.addEventListener('x', () => console.log('two'));
process.nextTick(() => console.log('tick queued before dispatch'));
console.log('dispatch returned', t.dispatchEvent(new Event('x')));
Promise.resolve().then(() => console.log('microtask (never: the tick throws first)'));
console.log('end of script');
