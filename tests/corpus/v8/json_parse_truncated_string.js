// An unterminated string.
try {
  JSON.parse('{"name": "Ada');
} catch (e) {
  console.log(e.message);
}
