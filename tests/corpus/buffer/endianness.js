// The same bytes read little- and big-endian; a DataView agrees.
const buf = Buffer.alloc(4);
buf.writeUInt32LE(0x11223344);
console.log(buf, buf.readUInt32BE().toString(16));
const dv = new DataView(buf.buffer, buf.byteOffset, buf.length);
console.log(dv.getUint32(0, true).toString(16), dv.getUint16(0).toString(16));
dv.setInt16(2, -2);
console.log(buf, buf.readInt16BE(2));
