// A throw in a Worker's 'message' listener is rethrown on the next tick (the Worker's port is
// an EventTarget): the ticks the listener queued run first, and the crash names
// node:internal/event_target.
const { Worker } = require('worker_threads');
const worker = new Worker(`require('worker_threads').parentPort.postMessage('hi');`, { eval: true });
worker.on('message', (m) => {
  console.log('message', m);
  process.nextTick(() => console.log('tick queued by the listener'));
  throw new Error('listener failed');
});
worker.on('exit', (code) => console.log('exit', code));
