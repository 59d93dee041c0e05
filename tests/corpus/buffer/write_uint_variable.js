// writeUIntLE/BE(value, offset, byteLength) store 1 to 6 bytes.
for (let n = 1; n <= 6; n++) {
  const le = Buffer.alloc(6);
  const be = Buffer.alloc(6);
  const v = 2 ** (8 * n) - 2;
  console.log(n, le.writeUIntLE(v, 0, n), le, be.writeUIntBE(v, 0, n), be);
}
const b = Buffer.alloc(6);
console.log(b.writeUintLE(0x123456, 1, 3), b.writeUintBE(0x0102, 4, 2), b);
