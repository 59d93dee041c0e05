// readBigInt64LE/BE and readBigUInt64LE/BE return bigints.
const buf = Buffer.from([0x01, 0x80, 0xff, 0x7f, 0x00, 0xfe, 0x12, 0x34, 0x56, 0x78]);

console.log(buf.readBigInt64LE(0), buf.readBigInt64BE(0), buf.readBigInt64LE(2));
console.log(buf.readBigUInt64LE(0), buf.readBigUInt64BE(0), buf.readBigUint64LE(1), buf.readBigUint64BE(2));
const ff = Buffer.alloc(8, 0xff);
console.log(ff.readBigInt64LE(), ff.readBigUInt64BE(), typeof ff.readBigInt64LE());
