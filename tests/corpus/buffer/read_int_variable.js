// readIntLE/BE(offset, byteLength) read 1 to 6 bytes signed.
const buf = Buffer.from([0x01, 0x80, 0xff, 0x7f, 0x00, 0xfe, 0x12, 0x34, 0x56, 0x78]);

for (let n = 1; n <= 6; n++) console.log(n, buf.readIntLE(0, n), buf.readIntBE(0, n), buf.readIntLE(1, n), buf.readIntBE(2, n));
