// close() inside a 'message' listener: the messages that reached the port in the same batch are
// still delivered; 'close' follows in the close phase.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => {
  console.log('received', m);
  port2.close();
});
port1.postMessage(1);
port1.postMessage(2);
port1.postMessage(3);
port2.on('close', () => console.log('port2 close'));
port1.on('close', () => console.log('port1 close'));
setImmediate(() => console.log('immediate'));
