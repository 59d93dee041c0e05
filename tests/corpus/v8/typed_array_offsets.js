// Typed array views whose offset is not a multiple of the element size.
const buffer = new ArrayBuffer(16);
try {
  new Uint16Array(buffer, 1);
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
try {
  new Uint32Array(buffer, 2);
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
try {
  new Float64Array(buffer, 4);
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
console.log(new Int32Array(buffer, 4).length);
try {
  new Float32Array(0).reduce((a, b) => a + b);
} catch (e) {
  console.log(e.message);
}
console.log(new Float32Array([1, 2]).reduce((a, b) => a + b));
