// receiveMessageOnPort takes a message synchronously, without the event loop.
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port1.postMessage({ hello: 'world' });
port1.postMessage(2);
console.log(receiveMessageOnPort(port2));
console.log(receiveMessageOnPort(port2));
console.log(receiveMessageOnPort(port2));
port1.close();
