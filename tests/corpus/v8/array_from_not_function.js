// Array.from with a non-function mapper.
try {
  Array.from([1, 2], 'x');
} catch (e) {
  console.log(e.message);
}
