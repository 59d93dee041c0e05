// readUIntLE/BE(offset, byteLength) read 1 to 6 bytes unsigned.
const buf = Buffer.from([0x01, 0x80, 0xff, 0x7f, 0x00, 0xfe, 0x12, 0x34, 0x56, 0x78]);

for (let n = 1; n <= 6; n++) console.log(n, buf.readUIntLE(0, n), buf.readUIntBE(0, n), buf.readUintLE(1, n), buf.readUintBE(1, n));
