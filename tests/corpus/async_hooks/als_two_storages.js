// Two storages are independent; enterWith of one inside the other's run stays.
const { AsyncLocalStorage } = require('async_hooks');
const user = new AsyncLocalStorage();
const trace = new AsyncLocalStorage();
user.run('alice', () => {
  trace.run('t1', () => {
    setTimeout(() => console.log('timer', user.getStore(), trace.getStore()), 1);
  });
  trace.enterWith('t2');
  console.log('after enterWith', user.getStore(), trace.getStore());
});
console.log('outside', user.getStore(), trace.getStore());
user.run('bob', () => {
  Promise.resolve().then(() => console.log('then', user.getStore(), trace.getStore()));
});
