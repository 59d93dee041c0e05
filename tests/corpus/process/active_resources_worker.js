// A Worker is no libuv handle; its public MessagePort is listed while the Worker has 'message'
// listeners (and is not unref'd), until the worker exits.
const { Worker } = require('worker_threads');
const show = (label) => console.log(label, process.getActiveResourcesInfo().join(), '|',
  process._getActiveHandles().map((h) => h.constructor.name).join());
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage('hi');
  setTimeout(() => {}, 20);
`, { eval: true });
show('worker');
console.log(worker.eventNames());
worker.on('message', (m) => {
  show(`message ${m}`);
  worker.unref();
  show('unref');
  worker.ref();
  show('ref');
});
show('listening');
worker.on('exit', (code) => {
  show(`exit ${code}`);
  setImmediate(() => show('immediate'));
});
