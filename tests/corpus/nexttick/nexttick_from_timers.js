// Between two timer callbacks Node drains the tick queue and the microtask queue.
setTimeout(() => {
  console.log('timer 1');
  Promise.resolve().then(() => console.log('timer 1 promise'));
  process.nextTick(() => console.log('timer 1 nextTick'));
}, 0);
setTimeout(() => {
  console.log('timer 2');
  process.nextTick(() => console.log('timer 2 nextTick'));
}, 0);
