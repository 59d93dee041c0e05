// Integer writes truncate fractional values that are within range.
const buf = Buffer.alloc(6);
buf.writeUInt8(1.9, 0);
buf.writeInt8(-1.5, 1);
buf.writeUInt16LE(258.7, 2);
buf.writeIntBE(-1.5, 4, 2);
console.log(buf);
const six = Buffer.alloc(6);
six.writeIntLE(-1.5, 0, 6);
console.log(six, six.readIntLE(0, 6));
console.log(Buffer.alloc(1).writeUInt8(NaN), Buffer.alloc(2).fill(9).writeUInt16BE(NaN));
