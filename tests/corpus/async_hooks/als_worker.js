// A worker starts with an empty context; the parent's 'message' listener runs in the context
// of the code that emits it.
const { Worker, isMainThread } = require('worker_threads');
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
if (isMainThread) {
  als.run('parent', () => {
    const w = new Worker(__filename);
    w.on('message', (m) => console.log('message', m, als.getStore()));
    w.on('exit', () => console.log('exit', als.getStore()));
  });
} else {
  const { parentPort } = require('worker_threads');
  parentPort.postMessage(`worker store: ${als.getStore()}`);
}
