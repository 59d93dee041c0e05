// nextTick and promise callbacks queued by an immediate run before the next immediate of the same batch.
setImmediate(() => {
  console.log('A');
  Promise.resolve().then(() => console.log('A promise'));
  process.nextTick(() => console.log('A nextTick'));
});
setImmediate(() => console.log('B'));
