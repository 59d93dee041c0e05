// readUInt8/readInt8 (and readUint8) read one byte, unsigned or two's complement.
const buf = Buffer.from([0x01, 0x80, 0xff, 0x7f, 0x00, 0xfe, 0x12, 0x34, 0x56, 0x78]);

for (let i = 0; i < 4; i++) console.log(i, buf.readUInt8(i), buf.readUint8(i), buf.readInt8(i));
console.log(buf.readUInt8(), buf.readInt8());
