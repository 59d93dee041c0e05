// Nested calls: one frame per function, innermost first.
const show = (e) =>
  console.log(e.stack.split(__dirname).join('$DIR').split('\n').filter((l) => !l.includes('node:')).join('\n'));
function a() {
  b();
}
function b() {
  c();
}
function c() {
  throw new Error('deep');
}
try {
  a();
} catch (e) {
  show(e);
}
