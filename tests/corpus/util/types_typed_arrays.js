const { types } = require('util');
const arrays = [new Int8Array(1), new Uint8ClampedArray(1), new Float32Array(1), new Float64Array(1), new BigUint64Array(1), Buffer.alloc(1), new DataView(new ArrayBuffer(1))];
for (const a of arrays) {
  const yes = Object.keys(types).filter((k) => /Array|View/.test(k) && types[k](a));
  console.log(a.constructor.name, yes.join(' '));
}
