// Parent and worker ping-pong three times, then the worker exits.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (n) => {
    if (n === 3) { parentPort.close(); return; }
    parentPort.postMessage(n + 1);
  });
`, { eval: true });
w.on('online', () => console.log('online'));
w.on('message', (n) => { console.log('parent got', n); w.postMessage(n); });
w.on('exit', (c) => console.log('exit', c));
w.postMessage(0);
