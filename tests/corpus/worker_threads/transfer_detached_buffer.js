// Transferring an ArrayBuffer detaches it here; posting the detached buffer again sends an
// empty one.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const ab = new ArrayBuffer(8);
const view = new Uint8Array(ab);
view[0] = 42;
port2.on('message', (m) => {
  console.log('received', m.byteLength, new Uint8Array(m)[0]);
  port2.close();
});
port1.postMessage(ab, [ab]);
console.log('after transfer', ab.byteLength, view.length);
port1.postMessage(ab, [ab]);
