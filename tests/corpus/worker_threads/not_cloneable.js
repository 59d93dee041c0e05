// Functions and symbols cannot be cloned: postMessage throws at once, nothing is sent.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
for (const value of [function add(a, b) { return a + b; }, Symbol('id'), { nested: () => 1 }]) {
  try {
    port1.postMessage(value);
  } catch (err) {
    console.log(err.name, '|', err.message, '|', err instanceof DOMException);
  }
}
port1.close();
