// The stack of an error thrown in a named function: the function frame, then the module frame.
const show = (e) =>
  console.log(e.stack.split(__dirname).join('$DIR').split('\n').filter((l) => !l.includes('node:')).join('\n'));
function fail() {
  throw new Error('boom');
}
try {
  fail();
} catch (e) {
  show(e);
}
