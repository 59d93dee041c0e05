// Four workers add into one shared counter; when all have exited the total is exact.
const { Worker } = require('worker_threads');
const counter = new Int32Array(new SharedArrayBuffer(4));
let running = 4;
for (let w = 0; w < 4; w++) {
  const worker = new Worker(`
    const { workerData } = require('worker_threads');
    const counter = new Int32Array(workerData);
    for (let i = 0; i < 250; i++) Atomics.add(counter, 0, 1);
  `, { eval: true, workerData: counter.buffer });
  worker.on('exit', () => {
    running -= 1;
    if (running === 0) console.log('total', Atomics.load(counter, 0));
  });
}
