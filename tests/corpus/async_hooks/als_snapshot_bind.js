// AsyncLocalStorage.snapshot and AsyncLocalStorage.bind capture the current context.
const { AsyncLocalStorage } = require('async_hooks');
const a = new AsyncLocalStorage();
const b = new AsyncLocalStorage();
const snap = a.run('a1', () => b.run('b1', () => AsyncLocalStorage.snapshot()));
const bound = a.run('a2', () => AsyncLocalStorage.bind(() => [a.getStore(), b.getStore()]));
console.log('snapshot', snap(() => [a.getStore(), b.getStore()]));
console.log('bound', bound());
a.run('outer', () => {
  console.log('snapshot inside run', snap(() => a.getStore()), 'then', a.getStore());
  console.log('bound length', bound.length, typeof bound.asyncResource);
});
const two = AsyncLocalStorage.bind(function (x, y) { return [this && this.tag, x, y, a.getStore()]; });
console.log(two.call({ tag: 't' }, 1, 2));
