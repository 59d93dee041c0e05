// A symbol in arithmetic.
try {
  console.log(Symbol('n') * 2);
} catch (e) {
  console.log(e.message);
}
