// A raw tab inside a string.
try {
  JSON.parse('"a\tb"');
} catch (e) {
  console.log(e.message);
}
