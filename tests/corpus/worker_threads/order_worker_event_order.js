// A worker's life as its parent sees it: 'online', its messages, then 'exit'. (The worker
// waits a little before it posts: a message posted at once races 'online', which Node reads
// from another port.)
const { Worker } = require('worker_threads');
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  setTimeout(() => {
    parentPort.postMessage('first');
    setTimeout(() => parentPort.postMessage('from a timer'), 5);
    setImmediate(() => parentPort.postMessage('from an immediate'));
    process.nextTick(() => parentPort.postMessage('from a tick'));
  }, 50);
`, { eval: true });
worker.on('online', () => console.log('online'));
worker.on('message', (m) => console.log('message:', m));
worker.on('exit', (code) => console.log('exit', code));
console.log('main script ends, threadId', worker.threadId);
