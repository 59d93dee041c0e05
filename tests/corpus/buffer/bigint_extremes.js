// BigInt accessors at the 64-bit limits.
const buf = Buffer.alloc(8);
buf.writeBigInt64LE(2n ** 63n - 1n);
console.log(buf, buf.readBigInt64LE(), buf.readBigUInt64LE());
buf.writeBigInt64LE(-(2n ** 63n));
console.log(buf, buf.readBigInt64LE(), buf.readBigUInt64BE());
buf.writeBigUInt64LE(0n);
console.log(buf.readBigInt64BE());
