// A MessagePort is an EventTarget: a listener's throw does not stop the other listeners.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
process.on('uncaughtException', (err) => console.log('uncaught:', err.message));
port2.on('message', (m) => { throw new Error(`first listener, ${m}`); });
port2.on('message', (m) => {
  console.log('second listener', m);
  port2.close();
});
port1.postMessage('ping');
