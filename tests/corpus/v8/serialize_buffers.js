// Node writes Buffers and typed arrays as host objects: a type index (10 for Buffer), the byte
// length, then the bytes, so a Buffer's shared pool never ends up in the output.
const v8 = require('node:v8');
const util = require('node:util');
const values = [
  Buffer.from('hi'), Buffer.alloc(0), new Uint8Array([1, 2, 3]), new Int8Array([-1, 1]), new Uint8ClampedArray([300]),
  new Int16Array([-2]), new Uint16Array([65535]), new Int32Array([-3]), new Uint32Array([4]), new Float32Array([0.5]),
  new Float64Array([Math.PI]), new BigInt64Array([-1n]), new BigUint64Array([1n]), new DataView(new ArrayBuffer(2)),
  new Uint16Array([1, 2, 3]).subarray(1), Buffer.from('hello world').subarray(6),
  new ArrayBuffer(4), new Uint8Array([9, 8]).buffer,
];
for (const value of values) {
  const bytes = v8.serialize(value);
  console.log(util.inspect(value), bytes.toString('hex'), util.inspect(v8.deserialize(bytes)));
}
const buf = Buffer.from('shared');
console.log(v8.serialize({ a: buf, b: buf }).toString('hex'));
const back = v8.deserialize(v8.serialize({ a: buf, b: buf }));
console.log(back.a === back.b, Buffer.isBuffer(back.a), back.a.toString());
const ser = new v8.Serializer();
ser.writeHeader();
ser.writeValue(new Uint8Array([1, 2]));
ser.writeValue(new Float64Array([1]).subarray(1));
console.log('plain Serializer', ser.releaseBuffer().toString('hex'));
