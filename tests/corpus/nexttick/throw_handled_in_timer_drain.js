// A tick queued by a timer throws in the drain after that timer; the rest of the ticks wait
// for the next drain, which comes before the immediates of the next check phase.
process.on('uncaughtException', (err) => console.log('caught:', err.message));
setTimeout(() => {
  console.log('timer');
  process.nextTick(() => {
    console.log('tick 1 throws');
    throw new Error('tick error');
  });
  process.nextTick(() => console.log('tick 2'));
  queueMicrotask(() => console.log('microtask'));
  setImmediate(() => console.log('immediate from timer'));
}, 5);
