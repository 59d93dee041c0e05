// then callbacks and await continuations keep the store of where they were registered.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
let resolveLater;
const later = new Promise((r) => { resolveLater = r; });
als.run('A', () => {
  later.then((v) => console.log('then registered in A:', als.getStore(), v));
});
als.run('B', () => {
  setTimeout(() => resolveLater('value'), 1);
});
async function work(name) {
  console.log(name, 'start', als.getStore());
  await null;
  console.log(name, 'after await', als.getStore());
  await new Promise((r) => setTimeout(r, 2));
  console.log(name, 'after timer await', als.getStore());
  return als.getStore();
}
als.run('C', () => work('c')).then((v) => console.log('c returned', v, als.getStore()));
als.run('D', () => work('d'));
Promise.resolve().then(() => console.log('outside then', als.getStore()));
