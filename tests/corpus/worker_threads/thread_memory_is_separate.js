// Each worker has its own globals and module cache: a counter changed in one is not changed in another.
const { Worker, isMainThread, parentPort } = require('worker_threads');
globalThis.counter = (globalThis.counter || 0) + 1;
if (isMainThread) {
  globalThis.counter += 100;
  const worker = new Worker(__filename);
  worker.on('message', (m) => {
    console.log('worker sees counter', m);
    console.log('main sees counter', globalThis.counter);
  });
} else {
  parentPort.postMessage(globalThis.counter);
}
