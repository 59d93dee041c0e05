// Immediates created by a timer run after the timer pass; timers created at the same time are on a fresh clock each.
setTimeout(() => {
  console.log('timer');
  setImmediate(() => console.log('immediate 1'));
  setImmediate(() => console.log('immediate 2'));
  process.nextTick(() => console.log('tick'));
}, 0);
