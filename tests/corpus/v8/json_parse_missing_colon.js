// A missing colon after a key.
try {
  JSON.parse('{"a" 1}');
} catch (e) {
  console.log(e.message);
}
