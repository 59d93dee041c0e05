// (1).toFixed(101): digits out of range.
try {
  (1).toFixed(101);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
