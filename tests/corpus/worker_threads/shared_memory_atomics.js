// A SharedArrayBuffer is the same memory in both threads: the worker's Atomics.add is seen here.
const { Worker } = require('worker_threads');
const shared = new SharedArrayBuffer(4);
const counter = new Int32Array(shared);
const worker = new Worker(`
  const { parentPort, workerData } = require('worker_threads');
  const counter = new Int32Array(workerData);
  for (let i = 0; i < 1000; i++) Atomics.add(counter, 0, 1);
  parentPort.postMessage('done');
`, { eval: true, workerData: shared });
worker.on('message', () => console.log('after the worker:', Atomics.load(counter, 0)));
console.log('before:', Atomics.load(counter, 0));
