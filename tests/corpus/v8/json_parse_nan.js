// NaN is not a JSON value.
try {
  JSON.parse('NaN');
} catch (e) {
  console.log(e.message);
}
