const log = (s) => console.log(s);
(async () => { log('a1'); await null; log('a2'); await null; log('a3'); })();
Promise.resolve().then(() => log('p1')).then(() => log('p2')).then(() => log('p3'));
queueMicrotask(() => { log('q1'); queueMicrotask(() => log('q2')); });
log('sync');
