// writeUInt16/writeInt16 LE and BE.
const buf = Buffer.alloc(8);
console.log(buf.writeUInt16LE(0x1234, 0), buf.writeUInt16BE(0x1234, 2), buf.writeInt16LE(-2, 4), buf.writeInt16BE(-32768, 6), buf);
console.log(buf.writeUint16LE(65535), buf.writeUint16BE(1, 6), buf);
