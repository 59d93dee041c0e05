// The main thread and a worker take turns, each blocking in Atomics.wait for the other.
const { Worker } = require('worker_threads');
const ia = new Int32Array(new SharedArrayBuffer(4));
const w = new Worker(`
  const { workerData } = require('worker_threads');
  const ia = new Int32Array(workerData);
  for (let i = 0; i < 3; i++) {
    Atomics.wait(ia, 0, 0);
    console.log('worker: ping', i);
    Atomics.store(ia, 0, 0);
    Atomics.notify(ia, 0);
  }
`, { eval: true, workerData: ia.buffer });
setTimeout(() => {
for (let i = 0; i < 3; i++) {
  Atomics.store(ia, 0, 1);
  Atomics.notify(ia, 0);
  Atomics.wait(ia, 0, 1);
  console.log('main: pong', i);
}
}, 100);
