// disable() makes getStore() return undefined until the next run or enterWith.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
console.log(als);
als.run(1, () => {
  console.log('in run', als.getStore());
  als.disable();
  console.log('after disable', als.getStore());
});
als.enterWith(2);
console.log('enterWith again', als.getStore());
console.log(als.enabled);
const other = new AsyncLocalStorage();
als.run('x', () => other.run('y', () => console.log(als.getStore(), other.getStore())));
console.log('same store returns directly', als.run(2, () => 'ok'));
