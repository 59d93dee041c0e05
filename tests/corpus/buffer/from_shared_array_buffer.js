// A SharedArrayBuffer works like an ArrayBuffer: the Buffer is a view on the same memory.
const sab = new SharedArrayBuffer(4);
const view = new Int32Array(sab);
const buf = Buffer.from(sab, 0, 4);
view[0] = 0x01020304;
console.log(buf);
buf[0] = 0xff;
console.log(view[0].toString(16));
console.log(buf.buffer === sab, buf.buffer instanceof SharedArrayBuffer);
