const ab = new ArrayBuffer(8);
const view = new Uint8Array(ab);
const buf = Buffer.from(ab);
const part = Buffer.from(ab, 2, 3);
view[2] = 0xaa;
console.log(buf, part);
buf[3] = 0xbb;
console.log(view, part);
console.log(buf.buffer === ab, part.byteOffset, part.length);
const sab = new SharedArrayBuffer(4);
const sbuf = Buffer.from(sab);
new Uint8Array(sab)[0] = 7;
console.log(sbuf, sbuf.buffer === sab);
try { Buffer.from(ab, 9); } catch (e) { console.log(e.code, e.message); }
try { Buffer.from(ab, 2, 10); } catch (e) { console.log(e.code, e.message); }
console.log(Buffer.from(ab, 8));
console.log(Buffer.from(ab, '2', '2'));
