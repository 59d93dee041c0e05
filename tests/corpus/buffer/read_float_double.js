// readFloatLE/BE and readDoubleLE/BE decode IEEE 754 numbers.
const f = Buffer.from([0x00, 0x00, 0xc0, 0x3f, 0x00, 0x00, 0x80, 0x7f]);
console.log(f.readFloatLE(0), f.readFloatBE(0), f.readFloatLE(4), f.readFloatBE(4));
const d = Buffer.from([0x18, 0x2d, 0x44, 0x54, 0xfb, 0x21, 0x09, 0x40]);
console.log(d.readDoubleLE(0), d.readDoubleBE(0));
console.log(Buffer.from([0, 0, 0xc0, 0x7f]).readFloatLE(), Buffer.from([0x80, 0, 0, 0]).readFloatBE());
console.log(Buffer.from([0x3f, 0x8c, 0xcc, 0xcd]).readFloatBE());
