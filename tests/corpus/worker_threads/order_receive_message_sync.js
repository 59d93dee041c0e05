// receiveMessageOnPort takes a message synchronously, before any 'message' listener sees it.
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port1.postMessage({ n: 1 });
port1.postMessage({ n: 2 });
console.log(receiveMessageOnPort(port2));
setImmediate(() => {
  console.log(receiveMessageOnPort(port2));
  console.log(receiveMessageOnPort(port2));
  port2.on('message', (m) => console.log('listener', m));
  port1.postMessage({ n: 3 });
  setTimeout(() => port2.close(), 5);
});
