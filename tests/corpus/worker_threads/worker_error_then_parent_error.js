// Without an 'error' listener the worker's exception becomes the main thread's uncaught error.
const { Worker } = require('worker_threads');
const worker = new Worker(`throw new Error('unhandled in worker')`, { eval: true });
worker.on('exit', (code) => console.log('exit', code));
