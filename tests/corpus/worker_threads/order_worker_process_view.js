// A worker's process: its own argv and env copy; changes stay in the worker.
const { Worker } = require('worker_threads');
process.env.SHARED_FLAG = 'from main';
const worker = new Worker(`
  const path = require('path');
  const { parentPort } = require('worker_threads');
  process.env.SHARED_FLAG = 'changed in worker';
  parentPort.postMessage({
    argv: process.argv.slice(2),
    flag: process.env.SHARED_FLAG,
    pidSame: typeof process.pid,
    execArgv: process.execArgv,
  });
`, { eval: true, argv: ['a', 1] });
worker.on('message', (m) => {
  console.log(m);
  console.log('main sees', process.env.SHARED_FLAG);
});
