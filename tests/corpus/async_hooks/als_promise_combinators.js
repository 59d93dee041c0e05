// Promise.all, race, thenables and async generators under different stores.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const delay = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
als.run('all', async () => {
  const values = await Promise.all([delay(5, 1), delay(1, 2)]);
  console.log('all', values, als.getStore());
});
als.run('race', async () => {
  const v = await Promise.race([delay(30, 'slow'), delay(20, 'fast')]);
  console.log('race', v, als.getStore());
});
const thenable = { then(resolve) { console.log('thenable then', als.getStore()); resolve('t'); } };
als.run('thenable', async () => {
  const v = await thenable;
  console.log('after thenable', v, als.getStore());
});
async function* gen() {
  yield 1;
  await delay(40);
  yield 2;
}
als.run('generator', async () => {
  for await (const v of gen()) console.log('gen', v, als.getStore());
});
