// A message from a worker arrives in the poll phase: after the main thread's due timers,
// before its immediates of that turn.
const { Worker } = require('worker_threads');
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', () => parentPort.postMessage('reply'));
`, { eval: true });
worker.on('online', () => {
  worker.postMessage('go');
  worker.once('message', (m) => {
    console.log('message', m);
    setImmediate(() => console.log('immediate queued by the listener'));
    setTimeout(() => console.log('timeout queued by the listener'), 0);
    process.nextTick(() => console.log('tick queued by the listener'));
    worker.terminate();
  });
});
