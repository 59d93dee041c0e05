// Input cut off after a property value.
try {
  JSON.parse('{"a": 1');
} catch (e) {
  console.log(e.message);
}
