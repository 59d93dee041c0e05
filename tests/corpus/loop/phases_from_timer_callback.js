// Scheduled from a timer callback: nextTick, promise, then immediate (check phase), then the new timer (next timers phase).
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  Promise.resolve().then(() => console.log('promise'));
  process.nextTick(() => console.log('nextTick'));
  console.log('in timer');
}, 0);
