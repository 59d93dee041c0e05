// Constructions of plain functions in err.stack: a named function expression, one named by
// its binding, and a function called without `new` (not a construction).
const Named = function Inner() {
  return new Error('inside').stack.split('\n')[1].trim().replace(/\(.*[\\/]/, '(');
};
const ByBinding = function () {
  this.frame = new Error('inside').stack.split('\n')[1].trim().replace(/\(.*[\\/]/, '(');
};
function Plain() {
  return new Error('inside').stack.split('\n')[1].trim().replace(/\(.*[\\/]/, '(');
}
console.log(Object.keys(new Named()).length);
console.log(new ByBinding().frame);
console.log(Plain());
try {
  new Plain();
} catch (e) {
  console.log(e.message);
}
function Thrower() {
  throw new Error('from constructor');
}
try {
  new Thrower();
} catch (e) {
  console.log(e.stack.split('\n')[1].trim().replace(/\(.*[\\/]/, '('));
}
