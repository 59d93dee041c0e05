// Two workers wait on the same index; the main thread keeps notifying until both woke.
const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(4);
const gate = new Int32Array(sab);
let exited = 0;
const results = [];
for (const name of ['A', 'B']) {
  const w = new Worker(`
    const { workerData, parentPort } = require('worker_threads');
    const gate = new Int32Array(workerData.sab);
    parentPort.postMessage(workerData.name + ' ' + Atomics.wait(gate, 0, 0));
  `, { eval: true, workerData: { sab, name } });
  w.on('message', (m) => results.push(m));
  w.on('exit', () => {
    if (++exited === 2) console.log(results.sort());
  });
}
let woken = 0;
const timer = setInterval(() => {
  woken += Atomics.notify(gate, 0);
  if (woken === 2) {
    clearInterval(timer);
    console.log('both woken');
  }
}, 30);
