// AsyncLocalStorage follows timers, immediates, ticks and queueMicrotask.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
console.log('outside:', als.getStore());
als.run({ id: 1 }, () => {
  setTimeout(() => console.log('timeout', als.getStore()), 50);
  setImmediate(() => console.log('immediate', als.getStore()));
  process.nextTick(() => console.log('tick', als.getStore()));
  queueMicrotask(() => console.log('microtask', als.getStore()));
  const iv = setInterval(() => {
    console.log('interval', als.getStore());
    clearInterval(iv);
  }, 100);
});
als.run({ id: 2 }, () => {
  setTimeout(() => console.log('timeout 2', als.getStore()), 50);
});
console.log('after run:', als.getStore());
