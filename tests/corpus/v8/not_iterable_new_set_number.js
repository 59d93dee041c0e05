// new Set(5): the number is not iterable.
try {
  new Set(5);
} catch (e) {
  console.log(e.message);
}
