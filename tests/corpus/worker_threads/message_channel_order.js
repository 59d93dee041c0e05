// MessageChannel messages against promises, ticks and immediates.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => {
  console.log('message', m);
  if (m === 2) port2.close();
});
port1.postMessage(1);
port1.postMessage(2);
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('micro'));
port2.on('close', () => console.log('port2 close'));
