// Function.prototype methods borrowed onto values that are not functions.
const show = (e) =>
  console.log(e.stack.split(__dirname).join('$DIR').split('\n').slice(0, 3).join('\n'));
try {
  Function.prototype.toString.call({});
} catch (e) {
  show(e);
}
try {
  Function.prototype.call.call(1);
} catch (e) {
  console.log(e.message);
}
try {
  const notAFunction = { name: 'obj' };
  Function.prototype.bind.call(notAFunction, null);
} catch (e) {
  show(e);
}
try {
  Reflect.apply(Math.max, null, 1);
} catch (e) {
  console.log(e.message);
}
try {
  Math.max.apply(null, 5);
} catch (e) {
  console.log(e.message);
}
try {
  Function.prototype.toString.call(null);
} catch (e) {
  console.log(String(e));
}
