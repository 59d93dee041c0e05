// A 0ms timer created inside a timer callback waits for the next timers phase, so an immediate created
// at the same time (check phase) runs first.
setTimeout(() => {
  console.log('A');
  setTimeout(() => console.log('C (timer created by A)'), 0);
  setImmediate(() => console.log('I (immediate created by A)'));
}, 1);
