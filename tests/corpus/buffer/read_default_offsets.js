// Fixed-width reads and writes default the offset to 0; explicit undefined does too.
const buf = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
console.log(buf.readUInt16BE(), buf.readUInt16BE(undefined), buf.readDoubleBE() === buf.readDoubleBE(0), buf.readBigUInt64LE());
const w = Buffer.alloc(2);
console.log(w.writeUInt16BE(0x0102, undefined), w);
