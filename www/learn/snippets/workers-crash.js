// When a worker throws, the worker ends and the main thread gets an 'error' event;
// the process goes on.
const { Worker } = require('worker_threads');

const worker = new Worker(`throw new Error('worker failed')`, { eval: true });
worker.on('error', (err) => console.log('main thread caught:', err.message));
worker.on('exit', (code) => console.log('worker exited with code', code));
