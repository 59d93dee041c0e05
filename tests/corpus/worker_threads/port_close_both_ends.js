const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => console.log('got', m));
port2.on('close', () => console.log('port2 close'));
port1.on('close', () => console.log('port1 close'));
port1.postMessage('a');
port1.postMessage('b');
port1.close();
console.log('sync done');
