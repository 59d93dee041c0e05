// After an uncaught exception is handled, more work is scheduled from the handler.
process.on('uncaughtException', (err) => {
  console.log('handler', err.message);
  process.nextTick(() => console.log('tick from handler'));
  Promise.resolve().then(() => console.log('micro from handler'));
  setImmediate(() => console.log('immediate from handler'));
  setTimeout(() => console.log('timeout from handler'), 0);
});
setTimeout(() => {
  process.nextTick(() => console.log('tick before throw'));
  throw new Error('in timer');
}, 1);
setTimeout(() => console.log('second timer'), 1);
