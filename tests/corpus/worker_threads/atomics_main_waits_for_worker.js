// The main thread blocks in Atomics.wait until the worker stores a result and notifies.
const { Worker } = require('worker_threads');
const shared = new Int32Array(new SharedArrayBuffer(8));
const worker = new Worker(`
  const { workerData } = require('worker_threads');
  let sum = 0;
  for (let i = 1; i <= 1000; i++) sum += i;
  Atomics.store(workerData, 1, sum);
  Atomics.store(workerData, 0, 1);
  console.log('worker: notified', Atomics.notify(workerData, 0));
`, { eval: true, workerData: shared });
setTimeout(() => console.log('timer (ran after the wait)'), 0);
console.log('main: waiting');
console.log('main: wait returned', Atomics.wait(shared, 0, 0));
console.log('main: result', Atomics.load(shared, 1));
worker.on('exit', (code) => console.log('worker exit', code));
