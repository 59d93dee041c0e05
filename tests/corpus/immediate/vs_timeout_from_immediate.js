// setTimeout(0) vs setImmediate scheduled from inside an immediate: the new immediate waits for the next
// check phase and the timer needs 1ms to pass, so the order is a race.
setImmediate(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
});
