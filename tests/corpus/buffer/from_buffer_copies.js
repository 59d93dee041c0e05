// Buffer.from(buffer) copies the bytes; later changes do not propagate.
const a = Buffer.from('abc');
const b = Buffer.from(a);
b[0] = 0x7a;
console.log(a.toString(), b.toString(), a.buffer === b.buffer && a.byteOffset === b.byteOffset);
const u = new Uint8Array([9, 8, 7]);
const c = Buffer.from(u);
u[0] = 0;
console.log(c);
