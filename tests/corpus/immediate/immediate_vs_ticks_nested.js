// nextTick inside a promise inside an immediate: all drained before the next immediate.
setImmediate(() => {
  console.log('immediate 1');
  Promise.resolve().then(() => {
    console.log('promise in 1');
    process.nextTick(() => console.log('tick in promise in 1'));
  });
});
setImmediate(() => console.log('immediate 2'));
