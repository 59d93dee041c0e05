// A missing comma between array elements.
try {
  JSON.parse('[1 2]');
} catch (e) {
  console.log(e.message);
}
