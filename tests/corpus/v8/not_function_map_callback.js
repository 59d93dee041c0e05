// Passing a number as the map callback: V8 prints the value itself.
try {
  [1, 2].map(3);
} catch (e) {
  console.log(e.message);
}
