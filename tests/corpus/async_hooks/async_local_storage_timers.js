// AsyncLocalStorage across timers, immediates, ticks and promises.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
for (const id of [1, 2]) {
  als.run({ id }, () => {
    setTimeout(() => console.log('timeout', als.getStore().id), id);
    setImmediate(() => console.log('immediate', als.getStore().id));
    process.nextTick(() => console.log('tick', als.getStore().id));
    Promise.resolve().then(() => console.log('then', als.getStore().id));
  });
}
console.log('outside', als.getStore());
