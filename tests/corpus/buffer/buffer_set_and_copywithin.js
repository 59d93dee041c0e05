// set() and copyWithin() from Uint8Array work on buffers.
const buf = Buffer.alloc(6);
buf.set([1, 2, 3], 1);
console.log(buf);
buf.set(Buffer.from('ab'), 4);
console.log(buf);
console.log(buf.copyWithin(0, 4));
try { buf.set([1, 2], 5); } catch (e) { console.log(e.name, e.message); }
