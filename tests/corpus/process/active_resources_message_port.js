// A MessagePort is listed while ref'd: from its first 'message' listener (or ref()) until its
// close callback, which runs in the close phase after close().
const { MessageChannel } = require('worker_threads');
const show = (label) => console.log(label, process.getActiveResourcesInfo().join(), '|',
  process._getActiveHandles().map((h) => h.constructor.name).join());
const { port1, port2 } = new MessageChannel();
show('channel');
const onMessage = (m) => {
  show(`message ${m}`);
  port1.close();
  show('after close()');
  setImmediate(() => show('immediate'));
};
port1.on('message', onMessage);
port2.on('message', () => {});
show('two listeners');
port2.removeAllListeners('message');
show('port2 without listeners');
port1.unref();
show('port1 unref');
port1.ref();
show('port1 ref');
port1.on('close', () => show('port1 close'));
port2.on('close', () => show('port2 close'));
port2.postMessage('x');
