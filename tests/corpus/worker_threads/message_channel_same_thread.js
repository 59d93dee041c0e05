// A MessageChannel within one thread: messages arrive in a later poll phase, after the
// current callback's nextTicks and promises.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port2.on('message', (message) => {
  console.log('port2 received', message);
  if (message === 'second') port2.close();
});
port2.on('close', () => console.log('port2 closed'));
port1.postMessage('first');
port1.postMessage('second');
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync');
