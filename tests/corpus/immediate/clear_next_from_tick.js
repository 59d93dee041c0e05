// A tick between two immediates clears the second one.
let second;
setImmediate(() => {
  console.log('first');
  process.nextTick(() => clearImmediate(second));
});
second = setImmediate(() => console.log('second (never)'));
setImmediate(() => console.log('third'));
