// A SharedArrayBuffer is shared with a worker thread, but a child process can only get a copy.
const { Worker } = require('worker_threads');
const { fork } = require('child_process');
const counter = new Int32Array(new SharedArrayBuffer(4));
const worker = new Worker(`
  const { workerData, parentPort } = require('worker_threads');
  Atomics.add(new Int32Array(workerData), 0, 5);
  parentPort.postMessage('added');
`, { eval: true, workerData: counter.buffer });
worker.once('message', () => {
  console.log('after the thread:', counter[0]);
  const child = fork('./_child_mirror.js');
  child.send({ counter });
  child.on('message', (m) => {
    console.log('the process got a copy:', m);
    child.disconnect();
  });
});
