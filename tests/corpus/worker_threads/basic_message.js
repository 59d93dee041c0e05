// A worker from source text posts one message; the parent hears 'online', 'message', 'exit'.
const { Worker } = require('worker_threads');
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage('hello from the worker');
`, { eval: true });
worker.on('online', () => console.log('online'));
worker.on('message', (message) => console.log('message:', message));
worker.on('exit', (code) => console.log('exit code', code));
console.log('main script done');
