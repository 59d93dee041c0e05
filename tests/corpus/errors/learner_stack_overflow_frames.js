// Unbounded recursion.
function countdown(n) {
  return countdown(n - 1);
}
try {
  countdown(10);
} catch (e) {
  console.log(e instanceof RangeError, e.message);
  console.log(e.stack.split('\n').slice(0, 4).join('\n').replaceAll(__dirname, '.'));
}
