// nextTick runs before timers and immediates; the timer and the immediate are scheduled from a timer so their order is fixed.
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
  console.log('inside timer');
}, 0);
