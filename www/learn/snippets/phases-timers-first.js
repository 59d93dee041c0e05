// A timer that is already due runs in the timers phase, at the start of an iteration,
// before the poll phase's I/O callbacks and the check phase's immediates.
const fs = require('fs');

setTimeout(() => {
  console.log('timers: 1st timer');
  setImmediate(() => console.log('check: immediate from the timer'));
}, 0);
setTimeout(() => console.log('timers: 2nd timer'), 0);
const start = Date.now();
while (Date.now() - start < 5) {} // both timers are due when the loop starts
