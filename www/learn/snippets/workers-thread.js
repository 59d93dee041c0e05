// A worker thread runs JavaScript in parallel, in the same process: messages are copied
// (structured clone) between the threads.
const { Worker } = require('worker_threads');

const worker = new Worker(
  `const { parentPort } = require('worker_threads');
   parentPort.on('message', (n) => {
     let sum = 0;
     for (let i = 1; i <= n; i++) sum += i;
     parentPort.postMessage(sum);
   });`,
  { eval: true },
);
worker.on('message', (sum) => {
  console.log('sum from the worker:', sum);
  worker.terminate();
});
worker.postMessage(1000);
console.log('main thread is free while the worker adds');
