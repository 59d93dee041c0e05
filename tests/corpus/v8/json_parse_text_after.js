// Text after the JSON value.
try {
  JSON.parse('{"a": 1} x');
} catch (e) {
  console.log(e.message);
}
