// A queueMicrotask callback that throws is reported at once; the microtask queue goes on.
process.on('uncaughtException', (err) => console.log('caught:', err.message));
queueMicrotask(() => {
  console.log('microtask 1 throws');
  throw new Error('micro');
});
queueMicrotask(() => console.log('microtask 2'));
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('tick'));
setImmediate(() => console.log('immediate'));
