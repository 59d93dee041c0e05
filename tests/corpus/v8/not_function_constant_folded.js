// Calling (1 + 2): V8 names the callee by its folded value, "3 is not a function".
try {
  (1 + 2)();
} catch (e) {
  console.log(e.message);
}
