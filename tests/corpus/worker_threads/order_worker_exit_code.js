// process.exit(code) in a worker ends only the worker; 'exit' gets the code, and messages posted
// before it still arrive.
const { Worker } = require('worker_threads');
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage('bye');
  process.on('exit', (code) => parentPort.postMessage('never delivered: ' + code));
  process.exit(5);
`, { eval: true });
worker.on('message', (m) => console.log('message:', m));
worker.on('exit', (code) => {
  console.log('exit', code, 'threadId now', worker.threadId);
  console.log('main still alive');
});
