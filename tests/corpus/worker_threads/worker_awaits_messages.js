// A worker that listens on parentPort stays alive until the port closes.
const { Worker } = require('worker_threads');
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  let total = 0;
  parentPort.on('message', (n) => {
    total += n;
    if (n === 0) {
      parentPort.postMessage('total ' + total);
      parentPort.close();
    }
  });
`, { eval: true });
worker.on('message', (m) => console.log(m));
worker.on('exit', (code) => console.log('exit', code));
setTimeout(() => worker.postMessage(1), 10);
setTimeout(() => worker.postMessage(2), 20);
setTimeout(() => worker.postMessage(0), 30);
