// process.exit in a worker ends the worker, not the process.
const { Worker } = require('worker_threads');
const worker = new Worker(`
  process.on('exit', (code) => require('worker_threads').parentPort.postMessage('worker exit ' + code));
  process.exit(3);
`, { eval: true });
worker.on('message', (m) => console.log(m));
worker.on('exit', (code) => console.log('worker exited with', code));
process.on('exit', (code) => console.log('process exits with', code));
