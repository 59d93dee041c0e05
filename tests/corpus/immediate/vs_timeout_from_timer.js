// setImmediate vs setTimeout(0) scheduled from inside a timer callback: the check phase comes before the next
// timers phase, so the immediate always runs first.
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
}, 0);
