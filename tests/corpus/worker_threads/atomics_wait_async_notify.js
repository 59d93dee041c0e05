// Atomics.waitAsync: a promise that a notify resolves in a later turn of the loop.
const shared = new Int32Array(new SharedArrayBuffer(4));
console.log(Atomics.waitAsync(shared, 0, 1));
console.log(Atomics.waitAsync(shared, 0, 0, 0));
const { async, value } = Atomics.waitAsync(shared, 0, 0);
console.log('async:', async);
value.then((result) => console.log('waitAsync resolved', result));
setImmediate(() => {
  console.log('immediate: notify woke', Atomics.notify(shared, 0));
  process.nextTick(() => console.log('tick after the notify'));
});
setTimeout(() => console.log('timeout'), 0);
