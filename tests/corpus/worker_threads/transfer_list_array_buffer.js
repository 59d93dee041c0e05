const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const ab = new ArrayBuffer(8);
const u = new Uint8Array(ab); u[0] = 42;
port2.once('message', (m) => {
  console.log('got', m.buf.byteLength, new Uint8Array(m.buf)[0], m.view.length);
  port1.close();
});
port1.postMessage({ buf: ab, view: u }, [ab]);
console.log('after transfer', ab.byteLength, u.length, ab.detached);
try { port1.postMessage(ab, [ab]); } catch (e) { console.log(e.name, e.message); }
