// An ArrayBuffer is copied; a SharedArrayBuffer is shared. The worker writes 42 into both.
const { Worker } = require('worker_threads');
const copied = new Uint8Array(new ArrayBuffer(1));
const shared = new Uint8Array(new SharedArrayBuffer(1));
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', ({ copied, shared }) => {
    copied[0] = 42;
    shared[0] = 42;
    parentPort.postMessage('written');
  });
`, { eval: true });
worker.postMessage({ copied, shared });
worker.on('message', () => {
  console.log('copied buffer:', copied[0]);
  console.log('shared buffer:', shared[0]);
});
