// Scheduled from an immediate: nextTick and promise first; then the new timer and the new immediate race
// (the timer runs first if 1ms has passed when the timers phase right after this check phase looks).
console.log('main'); // the first console.log is slow (it sets up stdout), so do it outside the race
setImmediate(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  Promise.resolve().then(() => console.log('promise'));
  process.nextTick(() => console.log('nextTick'));
  console.log('in immediate');
});
