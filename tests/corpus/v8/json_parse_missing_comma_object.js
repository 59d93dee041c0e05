// Two properties with no comma between them.
try {
  JSON.parse('{"a": 1 "b": 2}');
} catch (e) {
  console.log(e.message);
}
