// In an ES module: top-level await keeps the module's context.
import { AsyncLocalStorage } from 'node:async_hooks';
const als = new AsyncLocalStorage();
als.enterWith('module');
console.log('start', als.getStore());
await new Promise((r) => setTimeout(r, 5));
console.log('after top-level await', als.getStore());
await als.run('inner', async () => {
  await null;
  console.log('inner', als.getStore());
});
console.log('end', als.getStore());
