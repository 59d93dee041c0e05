// A worker blocked in Atomics.wait is ended by terminate().
const { Worker } = require('worker_threads');
const ia = new Int32Array(new SharedArrayBuffer(4));
const w = new Worker(`
  const { workerData, parentPort } = require('worker_threads');
  parentPort.postMessage('blocking');
  Atomics.wait(new Int32Array(workerData), 0, 0);
  parentPort.postMessage('never');
`, { eval: true, workerData: ia.buffer });
w.on('message', async (m) => {
  console.log(m);
  const code = await w.terminate();
  console.log('terminate resolved with', code);
});
w.on('exit', (c) => console.log('exit', c));
