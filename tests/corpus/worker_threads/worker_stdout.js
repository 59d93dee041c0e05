// A worker's console.log goes through the main thread to the same stdout.
const { Worker } = require('worker_threads');
const worker = new Worker(`
  console.log('printed by the worker');
  console.log('twice');
`, { eval: true });
worker.on('exit', (code) => console.log('worker exit', code));
