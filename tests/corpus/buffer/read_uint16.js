// readUInt16LE/BE read two bytes unsigned.
const buf = Buffer.from([0x01, 0x80, 0xff, 0x7f, 0x00, 0xfe, 0x12, 0x34, 0x56, 0x78]);

for (const off of [0, 1, 2, 8]) console.log(off, buf.readUInt16LE(off), buf.readUInt16BE(off), buf.readUint16LE(off), buf.readUint16BE(off));
