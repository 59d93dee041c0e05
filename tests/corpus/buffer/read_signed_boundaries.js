// Signed reads at the boundaries of each width.
const b = Buffer.from([0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff]);
console.log(b.readInt8(0), b.readInt8(6), b.readInt16BE(0), b.readInt16BE(6), b.readInt32BE(0), b.readInt32BE(6));
console.log(b.readIntBE(0, 3), b.readIntBE(0, 5), b.readIntBE(0, 6), b.readIntBE(6, 6), b.readIntLE(6, 6), b.readIntLE(0, 6));
