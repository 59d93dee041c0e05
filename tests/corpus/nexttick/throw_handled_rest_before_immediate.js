// A nextTick callback throws during the main script's drain; 'uncaughtException' handles it.
// The ticks and promise callbacks still queued run before the first immediate.
process.on('uncaughtException', (err) => console.log('caught:', err.message));
process.nextTick(() => {
  console.log('tick 1 throws');
  throw new Error('boom');
});
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('promise'));
setImmediate(() => console.log('immediate'));
console.log('main done');
