// Inside a timer callback there is no race either: the loop is past the timers phase,
// so the immediate (check phase) runs first.
setTimeout(() => {
  setTimeout(() => console.log('inner timeout'), 0);
  setImmediate(() => console.log('inner immediate'));
}, 5);
