// An uncaught exception ends only the worker: the parent gets 'error', then 'exit' with 1.
const { Worker } = require('worker_threads');
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage('about to fail');
  throw new TypeError('worker failed');
`, { eval: true });
worker.on('message', (m) => console.log('message:', m));
worker.on('error', (err) => console.log('error event:', err.name, err.message, err instanceof TypeError));
worker.on('exit', (code) => {
  console.log('exit code', code);
  setTimeout(() => console.log('the main thread carries on'), 10);
});
