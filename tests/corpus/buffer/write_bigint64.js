// writeBigInt64/writeBigUInt64 LE and BE store 8 bytes from a bigint.
const buf = Buffer.alloc(8);
console.log(buf.writeBigInt64LE(-2n), buf);
console.log(buf.writeBigInt64BE(-(2n ** 63n)), buf);
console.log(buf.writeBigUInt64LE(0x0102030405060708n), buf);
console.log(buf.writeBigUInt64BE(2n ** 64n - 1n), buf);
console.log(buf.writeBigUint64LE(1n), buf.writeBigUint64BE(256n), buf);
