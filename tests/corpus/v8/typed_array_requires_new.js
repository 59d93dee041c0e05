try {
  const bytes = Uint8Array(4);
  console.log(bytes);
} catch (e) {
  console.log(e.message);
}
try {
  Float64Array([1, 2]);
} catch (e) {
  console.log(e.message);
}
