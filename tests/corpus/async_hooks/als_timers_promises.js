// timers/promises and async iteration keep the store.
const { AsyncLocalStorage } = require('async_hooks');
const { setTimeout: sleep, setImmediate: immediate } = require('timers/promises');
const als = new AsyncLocalStorage();
async function task(name, ms) {
  await sleep(ms);
  console.log(name, 'slept', als.getStore());
  const v = await immediate('value');
  console.log(name, 'immediate', v, als.getStore());
}
als.run('first', () => task('first', 30));
als.run('second', () => task('second', 10));
