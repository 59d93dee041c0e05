// A worker's postMessage ordering against the parent's timers.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage('hello');
  setTimeout(() => parentPort.postMessage('later'), 50);
`, { eval: true });
w.on('message', (m) => console.log('message', m));
w.on('exit', (c) => console.log('exit', c));
setTimeout(() => console.log('parent timeout 0'), 0);
setImmediate(() => console.log('parent immediate'));
setTimeout(() => console.log('parent timeout 200'), 200);
