// A queueMicrotask callback that throws, with a handler installed: do later microtasks run?
process.on('uncaughtException', (err, origin) => {
  console.log('caught', err.message, origin);
});
queueMicrotask(() => console.log('m1'));
queueMicrotask(() => { throw new Error('boom'); });
queueMicrotask(() => console.log('m3'));
Promise.resolve().then(() => console.log('then'));
process.nextTick(() => console.log('tick'));
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
