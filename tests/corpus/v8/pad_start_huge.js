// padStart to a huge length: Invalid string length.
try {
  'a'.padStart(2 ** 30, 'b');
} catch (e) {
  console.log(e.message);
}
