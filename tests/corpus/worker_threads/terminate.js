// terminate() stops a worker that would run forever; its promise gives the exit code.
const { Worker } = require('worker_threads');
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  let n = 0;
  setInterval(() => parentPort.postMessage(++n), 5);
`, { eval: true });
worker.on('message', async (n) => {
  if (n === 3) {
    const code = await worker.terminate();
    console.log('terminate resolved with', code);
  }
});
worker.once('message', (n) => console.log('first tick', n));
worker.on('exit', (code) => console.log('exit', code));
