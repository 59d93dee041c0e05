// The main thread awaits Atomics.waitAsync while a worker computes and notifies.
const { Worker } = require('worker_threads');
const shared = new Int32Array(new SharedArrayBuffer(8));
new Worker(`
  const { workerData } = require('worker_threads');
  Atomics.store(workerData, 1, 6 * 7);
  Atomics.store(workerData, 0, 1);
  Atomics.notify(workerData, 0);
`, { eval: true, workerData: shared });
(async () => {
  const { async, value } = Atomics.waitAsync(shared, 0, 0);
  console.log('waiting asynchronously:', async);
  console.log('result:', await value, Atomics.load(shared, 1));
})();
console.log('main script done');
