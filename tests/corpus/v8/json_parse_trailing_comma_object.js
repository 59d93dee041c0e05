// A trailing comma in an object.
try {
  JSON.parse('{"a": 1,}');
} catch (e) {
  console.log(e.message);
}
