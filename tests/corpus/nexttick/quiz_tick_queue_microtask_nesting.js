const log = (s) => console.log(s);
queueMicrotask(() => { log('q1'); queueMicrotask(() => { log('q1.1'); queueMicrotask(() => log('q1.1.1')); }); });
Promise.resolve().then(() => { log('p1'); return null; }).then(() => log('p2')).then(() => log('p3'));
(async () => { await undefined; log('a1'); await undefined; log('a2'); })();
process.nextTick(() => { log('n1'); queueMicrotask(() => log('q from n1')); process.nextTick(() => log('n2')); });
