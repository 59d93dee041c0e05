try {
  const buf = new ArrayBuffer(-1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  const arr = new Uint8Array(-5);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  const words = new Uint16Array(new ArrayBuffer(3));
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  const big = new Float64Array(new ArrayBuffer(12));
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
