// A worker from a file, given workerData (cloned, not shared).
const { Worker } = require('worker_threads');
const data = { name: 'job', items: [1, 2, 3] };
const worker = new Worker('./_echo_worker.js', { workerData: data });
worker.once('message', (message) => {
  console.log('ready:', message);
  console.log('same object?', message.workerData === data);
  worker.postMessage('stop');
});
worker.on('exit', (code) => console.log('exit', code));
