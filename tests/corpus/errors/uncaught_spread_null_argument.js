// Spreading null into a call's arguments.
function total(...values) {
  return values.reduce((a, b) => a + b, 0);
}
let pending = null;
console.log(total(...[1, 2]));
console.log(total(...pending));
