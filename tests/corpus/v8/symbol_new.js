// new Symbol() is not allowed.
try {
  new Symbol('x');
} catch (e) {
  console.log(e.message);
}
