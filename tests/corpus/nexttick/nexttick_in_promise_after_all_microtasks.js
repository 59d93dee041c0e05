// A nextTick queued by a promise callback waits until the whole microtask queue is empty.
Promise.resolve().then(() => {
  console.log('then A');
  process.nextTick(() => console.log('tick from A'));
}).then(() => console.log('then A2'));
Promise.resolve().then(() => console.log('then B'));
