// A worker sleeps with Atomics.wait and a timeout: its thread is blocked, the main thread's
// timers keep running meanwhile.
const { Worker } = require('worker_threads');
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  const nap = new Int32Array(new SharedArrayBuffer(4));
  parentPort.postMessage('before the nap');
  const result = Atomics.wait(nap, 0, 0, 250);
  parentPort.postMessage('after the nap: ' + result);
`, { eval: true });
let ticker;
worker.on('message', (m) => {
  console.log(m);
  if (m === 'before the nap') ticker = setInterval(() => console.log('main thread is free'), 100);
});
worker.on('exit', () => { clearInterval(ticker); console.log('exit'); });
