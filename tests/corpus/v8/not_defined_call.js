// Calling an undeclared function is a ReferenceError, not a TypeError.
try {
  doSomething();
} catch (e) {
  console.log(e instanceof ReferenceError, e.message);
}
