// toPrecision(0) is out of range.
try {
  (1.5).toPrecision(0);
} catch (e) {
  console.log(e.message);
}
