const { MessageChannel, receiveMessageOnPort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port1.postMessage('a');
port1.postMessage({ b: 2 });
console.log(receiveMessageOnPort(port2));
console.log(receiveMessageOnPort(port2));
console.log(receiveMessageOnPort(port2));
try { receiveMessageOnPort({}); } catch (e) { console.log(e.code, e.name, e.message); }
port2.on('message', (m) => console.log('listener', m));
port1.postMessage('c');
setTimeout(() => { port1.close(); }, 5);
port2.on('close', () => console.log('closed'));
