// Every write returns the offset after it, so writes can be chained through it.
const buf = Buffer.alloc(15);
let off = 0;
off = buf.writeUInt8(1, off);
off = buf.writeUInt16BE(0x0203, off);
off = buf.writeUInt32LE(0x07060504, off);
off = buf.writeDoubleBE(1, off);
console.log(off, buf);
