// Unbounded recursion throws a catchable RangeError.
function recurse(n) { return recurse(n + 1) + 1; }
try {
  recurse(0);
} catch (e) {
  console.log(e instanceof RangeError, e.message);
}
console.log('still alive');
