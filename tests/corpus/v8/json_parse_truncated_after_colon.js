// Input cut off after a colon.
try {
  JSON.parse('{"a":');
} catch (e) {
  console.log(e.message);
}
