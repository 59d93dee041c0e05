// A worker blocks in Atomics.wait until a timer of the main thread notifies it.
const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(4);
const ia = new Int32Array(sab);
const w = new Worker(`
const { workerData } = require('worker_threads');
const ia = new Int32Array(workerData);
console.log('worker: waiting');
const r = Atomics.wait(ia, 0, 0);
console.log('worker: woke with', r, 'value', Atomics.load(ia, 0));
`, { eval: true, workerData: sab });
setTimeout(() => {
  Atomics.store(ia, 0, 42);
  const n = Atomics.notify(ia, 0, 1);
  console.log('main: notified', n);
}, 200);
w.on('exit', (c) => console.log('worker exit', c));
