// writeUInt32/writeInt32 LE and BE.
const buf = Buffer.alloc(16);
console.log(buf.writeUInt32LE(0xdeadbeef, 0), buf.writeUInt32BE(0xdeadbeef, 4), buf.writeInt32LE(-2, 8), buf.writeInt32BE(-(2 ** 31), 12));
console.log(buf);
console.log(buf.writeUint32LE(1), buf.writeUint32BE(4294967295, 12), buf);
