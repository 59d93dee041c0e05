let first, second;
function split(pair) {
  [first, second] = pair;
}
split(42);
