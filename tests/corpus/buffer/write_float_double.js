// writeFloat/writeDouble LE and BE; floats round to single precision.
const buf = Buffer.alloc(8);
console.log(buf.writeFloatLE(1.5), buf);
console.log(buf.writeFloatBE(1.1), buf, buf.readFloatBE());
console.log(buf.writeDoubleLE(Math.PI), buf);
console.log(buf.writeDoubleBE(-0), buf);
console.log(buf.writeFloatLE(1e40, 4), buf);
