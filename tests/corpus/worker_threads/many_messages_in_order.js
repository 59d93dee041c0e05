// A burst of messages from a worker arrives complete and in order.
const { Worker } = require('worker_threads');
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  for (let i = 0; i < 100; i++) parentPort.postMessage(i);
`, { eval: true });
const got = [];
worker.on('message', (m) => got.push(m));
worker.on('exit', () => {
  console.log('received', got.length, 'messages');
  console.log('in order:', got.every((m, i) => m === i));
});
