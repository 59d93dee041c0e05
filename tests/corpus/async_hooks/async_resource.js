// AsyncResource: ids, runInAsyncScope, bind, and the store of its creation.
const { AsyncResource, AsyncLocalStorage, executionAsyncId, triggerAsyncId } = require('async_hooks');
const als = new AsyncLocalStorage();
const resource = als.run('creation', () => new AsyncResource('MyResource'));
console.log(typeof resource.asyncId(), resource.triggerAsyncId());
console.log(resource.asyncId() > 1);
als.run('caller', () => {
  resource.runInAsyncScope(function (a, b) {
    console.log('inside', this.name, a, b, als.getStore(), executionAsyncId() === resource.asyncId(), triggerAsyncId());
  }, { name: 'thisArg' }, 1, 2);
  console.log('after', als.getStore(), executionAsyncId());
});
const r2 = new AsyncResource('Other', { triggerAsyncId: 42 });
console.log(r2.triggerAsyncId());
const fn = r2.bind(function (x) { return [x, this === undefined]; });
console.log(fn(5), fn.length, fn.asyncResource === r2);
try { new AsyncResource(5); } catch (e) { console.log(e.code, e.message); }
try { new AsyncResource('X', { triggerAsyncId: -2 }); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(resource.emitDestroy() === resource);
