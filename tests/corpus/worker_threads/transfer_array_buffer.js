// Transferring an ArrayBuffer moves it: no copy, and the sender's buffer is left empty.
const { Worker } = require('worker_threads');
const buffer = new ArrayBuffer(16);
new Uint8Array(buffer).fill(7);
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', (buf) => {
    parentPort.postMessage({ byteLength: buf.byteLength, first: new Uint8Array(buf)[0] });
  });
`, { eval: true });
worker.postMessage(buffer, [buffer]);
console.log('sender byteLength after transfer:', buffer.byteLength);
worker.on('message', (m) => console.log('worker received', m));
