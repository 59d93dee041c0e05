// A rest parameter that is not last.
function f(...rest, last) {
  return last;
}
