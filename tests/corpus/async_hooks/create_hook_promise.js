// Promise resources: V8's promise hooks give every promise an async id and a PROMISE init.
const fs = require('fs');
const async_hooks = require('async_hooks');
async_hooks.createHook({
  init(id, type, trigger) { fs.writeSync(1, `init ${type} ${id} ${trigger}\n`); },
  promiseResolve(id) { fs.writeSync(1, `resolve ${id}\n`); },
}).enable();
Promise.resolve(1).then(() => fs.writeSync(1, `then ${async_hooks.executionAsyncId()}\n`));
