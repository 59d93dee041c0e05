// The built-in that threw is the stack's first frame.
const show = (e) =>
  console.log(e.stack.split(__dirname).join('$DIR').split('\n').slice(0, 3).join('\n'));
function bump(counts) {
  return Atomics.add(counts, 0, 1);
}
try {
  bump(new Float32Array(4));
} catch (e) {
  show(e);
}
try {
  Object.setPrototypeOf(Object.prototype, {});
} catch (e) {
  show(e);
}
