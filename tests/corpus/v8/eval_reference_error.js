// eval of code that reads an undeclared name: a ReferenceError, not a SyntaxError.
try {
  eval('nope + 1');
} catch (e) {
  console.log(String(e));
}
