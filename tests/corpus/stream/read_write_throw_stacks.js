// A throwing _read (an option, a class method) is called from read() at Node's line; a throwing
// _write from writeOrBuffer.
const { Readable, Writable } = require('stream');
const r = new Readable({ read() { throw new Error('read failed'); } });
r.on('error', e => console.error('A', e.stack));
r.read();
class My extends Readable { _read() { throw new Error('class read'); } }
const m = new My();
m.on('error', e => console.error('B', e.stack));
m.resume();
const w = new Writable({ write(c, e, cb) { throw new Error('write threw'); } });
w.on('error', e => console.error('C', e.stack));
try { w.write('x'); } catch (e) { console.error('D', e.stack); }
