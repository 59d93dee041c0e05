// readUInt32LE/BE read four bytes unsigned.
const buf = Buffer.from([0x01, 0x80, 0xff, 0x7f, 0x00, 0xfe, 0x12, 0x34, 0x56, 0x78]);

for (const off of [0, 1, 2, 6]) console.log(off, buf.readUInt32LE(off), buf.readUInt32BE(off), buf.readUint32LE(off), buf.readUint32BE(off));
