// JSON.parse('') : unexpected end of input.
try {
  JSON.parse('');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
