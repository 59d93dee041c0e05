// writeUInt8/writeInt8 store one byte and return offset + 1.
const buf = Buffer.alloc(4);
console.log(buf.writeUInt8(255, 0), buf.writeUint8(128, 1), buf.writeInt8(-1, 2), buf.writeInt8(-128, 3), buf);
console.log(buf.writeUInt8(7), buf);
