const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port1.on('close', () => console.log('port1 close'));
port2.on('close', () => console.log('port2 close'));
port2.start();
setTimeout(() => { port2.close(); setImmediate(() => console.log('imm after close')); }, 5);
