// writeIntLE/BE(value, offset, byteLength) store 1 to 6 bytes signed.
for (let n = 1; n <= 6; n++) {
  const le = Buffer.alloc(6);
  const be = Buffer.alloc(6);
  const v = -(2 ** (8 * n - 1));
  console.log(n, le.writeIntLE(v, 0, n), le, be.writeIntBE(-2, 0, n), be);
}
