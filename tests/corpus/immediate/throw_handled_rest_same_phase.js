// An immediate throws; Node calls processImmediate again at once, so the rest of the batch
// runs in the same check phase (before a due timer), and the thrower's ticks wait one
// immediate.
process.on('uncaughtException', (err) => console.log('caught:', err.message));
setImmediate(() => {
  console.log('immediate 1');
  process.nextTick(() => console.log('tick from 1'));
  setTimeout(() => console.log('timeout from 1'), 0);
  throw new Error('immediate 1 failed');
});
setImmediate(() => console.log('immediate 2'));
setImmediate(() => console.log('immediate 3'));
