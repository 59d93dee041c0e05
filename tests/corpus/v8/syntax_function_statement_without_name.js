// A function statement without a name.
function (a, b) {
  return a + b;
}
