// Floats lose precision; doubles keep it.
const buf = Buffer.alloc(8);
buf.writeFloatLE(0.1);
console.log(buf.readFloatLE());
buf.writeDoubleLE(0.1);
console.log(buf.readDoubleLE(), buf.readFloatLE(), buf.readFloatLE(4));
buf.writeFloatBE(16777217);
console.log(buf.readFloatBE());
