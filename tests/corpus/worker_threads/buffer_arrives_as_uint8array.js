// A Buffer is cloned as a plain Uint8Array: the receiving thread has no Buffer prototype for it.
const { Worker } = require('worker_threads');
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (value) => {
    parentPort.postMessage({
      type: value.constructor.name,
      isBuffer: Buffer.isBuffer(value),
      text: Buffer.from(value).toString(),
    });
    parentPort.postMessage(Buffer.from('reply'));
    parentPort.close();
  });
`, { eval: true });
worker.postMessage(Buffer.from('hello'));
worker.on('message', (m) => console.log(m));
