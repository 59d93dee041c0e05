// Between two immediate callbacks Node drains the tick queue and the microtask queue.
setImmediate(() => {
  console.log('immediate 1');
  queueMicrotask(() => console.log('immediate 1 microtask'));
  process.nextTick(() => console.log('immediate 1 nextTick'));
});
setImmediate(() => {
  console.log('immediate 2');
  process.nextTick(() => console.log('immediate 2 nextTick'));
});
