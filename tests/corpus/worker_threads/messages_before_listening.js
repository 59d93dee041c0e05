// Messages posted before the worker runs wait for it; they arrive in order.
const { Worker } = require('worker_threads');
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  const got = [];
  parentPort.on('message', (m) => {
    got.push(m);
    if (got.length === 5) {
      parentPort.postMessage(got);
      parentPort.close();
    }
  });
`, { eval: true });
for (let i = 1; i <= 5; i++) worker.postMessage(i);
worker.on('message', (m) => console.log('worker got', m));
worker.on('exit', (code) => console.log('exit', code));
