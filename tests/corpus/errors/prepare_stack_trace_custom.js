// A custom Error.prepareStackTrace: the classic caller-file helper, a wrapper of Node's own
// default, a stack that is not a string, and an uncaught error formatted by the hook.
function getCallerFile() {
  const orig = Error.prepareStackTrace;
  Error.prepareStackTrace = (_, stack) => stack;
  const err = new Error();
  const stack = err.stack;
  Error.prepareStackTrace = orig;
  return require('path').basename(stack[2].getFileName()) + ':' + stack[2].getLineNumber();
}
function whoCalls() { return getCallerFile(); }
console.log(whoCalls());
const orig = Error.prepareStackTrace;
console.log(typeof orig, orig.name, orig.length, Object.keys(Error));
Error.prepareStackTrace = (err, cs) => orig(err, cs.slice(0, 1)).replace(/\(.*[\\/]/, '(');
const e = new TypeError('bad');
console.log(e.stack);
console.log(e);
e.message = 'changed';
console.log(e.stack.split('\n')[0]);
Error.prepareStackTrace = (err, cs) => cs.length;
console.log([new Error('arr')], new Error('n').stack);
Error.prepareStackTrace = (err, cs) => `${err.name} (${err.message}) with ${cs.length > 0 ? 'frames' : 'none'}`;
try { null.boom; } catch (caught) { console.log(caught.stack); }
Error.prepareStackTrace = undefined;
console.log(new Error('back').stack.split('\n')[0]);
Error.prepareStackTrace = (err) => `custom: ${err.message}`;
throw new Error('fatal');
