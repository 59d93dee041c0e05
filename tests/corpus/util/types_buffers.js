// Array buffers, typed arrays and views.
const { types } = require('util');
const ab = new ArrayBuffer(4);
const vals = [ab, new Uint8Array(2), new Int16Array(2), new Float64Array(1), new DataView(ab), Buffer.from('a'), [1], {}];
for (const name of ['isArrayBuffer', 'isAnyArrayBuffer', 'isTypedArray', 'isUint8Array', 'isInt16Array', 'isFloat64Array', 'isDataView', 'isArrayBufferView']) {
  console.log(name, vals.map((v) => (types[name](v) ? 1 : 0)).join(''));
}
