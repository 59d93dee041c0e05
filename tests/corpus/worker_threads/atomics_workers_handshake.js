// Two workers share memory: one waits until the other notifies it. (Their reports reach the
// main thread on two ports, in either order: it prints them sorted.)
const { Worker } = require('worker_threads');
const shared = new Int32Array(new SharedArrayBuffer(8));
const waiter = new Worker(`
  const { workerData, parentPort } = require('worker_threads');
  const r = Atomics.wait(workerData, 0, 0);
  parentPort.postMessage('waiter woke: ' + r + ', value ' + Atomics.load(workerData, 1));
`, { eval: true, workerData: shared });
const notifier = new Worker(`
  const { workerData, parentPort } = require('worker_threads');
  setTimeout(() => {
    Atomics.store(workerData, 1, 42);
    Atomics.store(workerData, 0, 1);
    const n = Atomics.notify(workerData, 0);
    parentPort.postMessage('notifier woke ' + n);
  }, 200);
`, { eval: true, workerData: shared });
const reports = [];
for (const w of [waiter, notifier]) {
  w.on('message', (m) => {
    reports.push(m);
    if (reports.length === 2) console.log(reports.sort());
  });
}
