// An unref'd worker does not keep the process alive.
const { Worker } = require('worker_threads');
const worker = new Worker(`
  setTimeout(() => console.log('never printed'), 10000);
`, { eval: true });
worker.unref();
worker.on('exit', () => console.log('exit event is not reached either'));
console.log('main done');
process.on('exit', () => console.log('process exit'));
