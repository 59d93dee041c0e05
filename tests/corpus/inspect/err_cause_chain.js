// Errors with a cause chain and extra properties; stacks replaced to stay machine-independent.
function mk(Ctor, msg, opts, stack) {
  const e = new Ctor(msg, opts);
  e.stack = stack;
  return e;
}
const root = mk(TypeError, 'bad input', undefined, 'TypeError: bad input\n    at parse (app.js:3:9)');
const mid = mk(Error, 'parse failed', { cause: root }, 'Error: parse failed\n    at load (app.js:10:5)');
const top = mk(Error, 'startup failed', { cause: mid }, 'Error: startup failed\n    at main (app.js:20:3)');
console.log(top);
const withCode = mk(Error, 'ENOENT', { cause: 'a string cause' }, 'Error: ENOENT\n    at x (y.js:1:1)');
withCode.code = 'ENOENT';
withCode.errno = -2;
console.log(withCode);
console.log({ err: withCode });
const causeObj = mk(Error, 'with object cause', { cause: { detail: 42, list: [1, 2] } }, 'Error: with object cause');
console.log(causeObj);
const causeUndef = mk(Error, 'undefined cause', { cause: undefined }, 'Error: undefined cause');
console.log(causeUndef);
