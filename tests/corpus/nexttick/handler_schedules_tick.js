// The 'uncaughtException' listener itself queues a tick and a promise callback.
process.on('uncaughtException', (err) => {
  console.log('handler:', err.message);
  process.nextTick(() => console.log('tick from handler'));
  Promise.resolve().then(() => console.log('promise from handler'));
});
process.nextTick(() => {
  throw new Error('first');
});
process.nextTick(() => console.log('tick after the throwing one'));
setImmediate(() => console.log('immediate'));
