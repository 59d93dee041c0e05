// A number with a leading zero.
try {
  JSON.parse('01');
} catch (e) {
  console.log(e.message);
}
