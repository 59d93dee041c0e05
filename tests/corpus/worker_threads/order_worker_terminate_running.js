// terminate() stops a worker that would run forever; its promise gives the exit code.
const { Worker } = require('worker_threads');
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  setInterval(() => parentPort.postMessage('tick'), 50);
  parentPort.postMessage('started');
`, { eval: true });
worker.once('message', async (m) => {
  console.log('message:', m);
  const code = await worker.terminate();
  console.log('terminate resolved with', code);
});
worker.on('exit', (code) => console.log('exit event', code));
