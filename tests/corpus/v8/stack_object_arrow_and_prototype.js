// Frames named as V8 names them: an arrow property of an object literal, a prototype method.
const o = {
  arrow: () => new Error('a').stack.split('\n')[1].replace(__dirname, '$DIR'),
};
console.log(o.arrow());
function A() {}
A.prototype.go = function () {
  return new Error('x').stack.split('\n')[1].replace(__dirname, '$DIR');
};
console.log(new A().go());
