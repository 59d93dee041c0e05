// readInt16LE/BE read two bytes signed.
const buf = Buffer.from([0x01, 0x80, 0xff, 0x7f, 0x00, 0xfe, 0x12, 0x34, 0x56, 0x78]);

for (const off of [0, 1, 2, 3, 8]) console.log(off, buf.readInt16LE(off), buf.readInt16BE(off));
