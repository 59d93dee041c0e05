// Errors nested in objects, shown with a fixed stack.
const errs = ['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError'].map((n) => {
  const e = new globalThis[n](`${n} happened`);
  e.stack = `${n}: ${n} happened\n    at f (f.js:1:1)`;
  return e;
});
console.log(errs);
console.log({ first: errs[0], deep: { deeper: { deepest: errs[1] } } });
const noMsg = new Error();
noMsg.stack = 'Error\n    at g (g.js:1:1)';
console.log(noMsg, [noMsg]);
class ValidationError extends Error {}
const v = new ValidationError('invalid');
v.stack = 'Error: invalid\n    at h (h.js:1:1)';
console.log(v);
const w = new ValidationError('again');
w.stack = 'ValidationError: again\n    at h (h.js:1:1)';
console.log(w);
