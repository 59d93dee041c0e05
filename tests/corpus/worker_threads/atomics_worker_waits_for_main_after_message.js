// A worker blocks in Atomics.wait until the main thread, after a message from it, notifies.
const { Worker } = require('worker_threads');
const shared = new Int32Array(new SharedArrayBuffer(8));
const worker = new Worker(`
  const { parentPort, workerData } = require('worker_threads');
  const flags = new Int32Array(workerData);
  parentPort.postMessage('ready');
  const result = Atomics.wait(flags, 0, 0);
  parentPort.postMessage('woke: ' + result + ', value ' + Atomics.load(flags, 0));
  const late = Atomics.wait(flags, 1, 0, 50);
  parentPort.postMessage('second wait: ' + late);
`, { eval: true, workerData: shared.buffer });
worker.on('message', (msg) => {
  console.log('main got:', msg);
  if (msg === 'ready') {
    setTimeout(() => {
      Atomics.store(shared, 0, 7);
      console.log('notify woke', Atomics.notify(shared, 0));
    }, 20);
  }
});
worker.on('exit', (code) => console.log('exit', code));
