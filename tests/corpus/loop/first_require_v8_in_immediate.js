// In a check callback, a slow first require makes the timer armed just before it due at
// the end of the same iteration, before the next immediate.
setImmediate(() => {
  setTimeout(() => console.log('timeout'), 1);
  setImmediate(() => console.log('immediate 2'));
  require('v8');
  console.log('immediate 1');
});
