// undefined.x() fails on the property read, before the call.
try {
  undefined.x();
} catch (e) {
  console.log(e.message);
}
