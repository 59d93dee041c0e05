// Two commas in a row in an array.
try {
  JSON.parse('[1,,2]');
} catch (e) {
  console.log(e.message);
}
