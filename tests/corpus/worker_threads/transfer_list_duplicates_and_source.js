const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const ab = new ArrayBuffer(4); structuredClone(ab, { transfer: [ab] });
console.log(ab.detached, ab.byteLength);
try { port1.postMessage(1, [new SharedArrayBuffer(2)]); console.log('sab ok'); } catch (e) { console.log(1, e.name, e.message, e.code); }
const c = new MessageChannel();
try { port1.postMessage(1, [c.port1, c.port1]); console.log('dup port ok'); } catch (e) { console.log(2, e.name, e.message); }
try { port1.postMessage(1, [port1]); console.log('self ok'); } catch (e) { console.log(3, e.name, e.message); }
try { port1.postMessage(1, [{}]); } catch (e) { console.log(4, e.name, e.message, e.code, e instanceof TypeError); }
try { port1.postMessage(1, [new Uint8Array(2)]); } catch (e) { console.log(5, e.name, e.message); }
port1.close();
