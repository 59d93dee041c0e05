const { Worker } = require('worker_threads');
const w = new Worker('setInterval(() => {}, 1000); require("worker_threads").parentPort.postMessage("up")', { eval: true });
w.on('message', async (m) => {
  console.log('msg', m);
  const code = await w.terminate();
  console.log('terminate resolved', code);
});
w.on('exit', (c) => console.log('exit event', c));
