// Values written with each accessor read back unchanged.
const buf = Buffer.alloc(8);
const pairs = [['UInt8', 200], ['Int8', -100], ['UInt16LE', 60000], ['Int16BE', -20000], ['UInt32BE', 4000000000],
  ['Int32LE', -2000000000], ['FloatLE', 0.5], ['DoubleBE', -1.25e300]];
for (const [name, v] of pairs) {
  buf[`write${name}`](v, 0);
  console.log(name, buf[`read${name}`](0));
}
buf.writeBigInt64BE(-123456789012345678n);
console.log(buf.readBigInt64BE());
buf.writeIntLE(-123456789, 1, 5);
console.log(buf.readIntLE(1, 5), buf.readUIntLE(1, 5));
