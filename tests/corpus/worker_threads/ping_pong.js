// Messages go back and forth: each answer triggers the next question.
const { Worker } = require('worker_threads');
const worker = new Worker('./_echo_worker.js');
let n = 1;
worker.on('message', (message) => {
  if (message.ready) {
    worker.postMessage(n);
    return;
  }
  console.log(`${n} -> ${message}`);
  n += 1;
  worker.postMessage(n <= 4 ? n : 'stop');
});
worker.on('exit', (code) => console.log('worker exited with', code));
