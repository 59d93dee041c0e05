// A MessagePort moves to a worker through transferList; the worker then talks on it directly.
const { Worker, MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', ({ port }) => {
    port.postMessage('sent on the transferred port');
    port.close();
  });
`, { eval: true });
port1.on('message', (m) => console.log('port1:', m));
port1.on('close', () => console.log('port1 closed'));
worker.postMessage({ port: port2 }, [port2]);
try {
  port2.postMessage('after transfer');
  console.log('posting on a transferred port is silently ignored');
} catch (err) {
  console.log(err.message);
}
