const { MessageChannel } = require('worker_threads');
const a = new MessageChannel();
const b = new MessageChannel();
b.port2.on('message', ({ port }) => {
  console.log('got a port', port.constructor.name);
  port.on('message', (m) => { console.log('through transferred port:', m); port.close(); b.port2.close(); });
  port.postMessage('hello back');
});
a.port1.on('message', (m) => { console.log('port1 got', m); a.port1.postMessage('second'); });
b.port1.postMessage({ port: a.port2 }, [a.port2]);
try { b.port1.postMessage({ port: a.port2 }, [a.port2]); } catch (e) { console.log(e.name, e.message); }
try { b.port1.postMessage({ port: a.port1 }); } catch (e) { console.log(e.name, e.code, e.message); }
