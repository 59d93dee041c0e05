// Exercise: order the lines.
const { Worker } = require('worker_threads');

const worker = new Worker(`require('worker_threads').parentPort.postMessage('hi')`, { eval: true });
worker.on('message', (m) => console.log('message', m));
worker.on('exit', () => console.log('exit'));
console.log('main');
