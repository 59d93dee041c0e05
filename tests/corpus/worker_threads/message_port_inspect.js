const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
console.log(port1);
port2.on('message', () => {});
console.log(port2);
port2.unref();
console.log(require('util').inspect(port2, { depth: 0 }));
port1.close();
setImmediate(() => console.log(port1));
