// Two timers due in the same pass; the first throws. Node calls processTimers again, so the
// second timer runs before the ticks the first one queued.
process.on('uncaughtException', (err) => console.log('caught:', err.message));
setTimeout(() => {
  console.log('timer 1');
  process.nextTick(() => console.log('tick from timer 1'));
  Promise.resolve().then(() => console.log('promise from timer 1'));
  throw new Error('timer 1 failed');
}, 2);
setTimeout(() => console.log('timer 2'), 2);
const start = Date.now();
while (Date.now() - start < 10);
