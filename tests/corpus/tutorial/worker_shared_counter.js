const { Worker } = require('worker_threads');
const shared = new Int32Array(new SharedArrayBuffer(4));
const w = new Worker(`
  const { workerData, parentPort } = require('worker_threads');
  for (let i = 0; i < 1000; i++) Atomics.add(workerData, 0, 1);
  parentPort.postMessage('done');
`, { eval: true, workerData: shared });
w.on('message', () => console.log('count', Atomics.load(shared, 0)));
