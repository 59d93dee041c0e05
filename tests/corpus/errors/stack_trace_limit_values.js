// Error.stackTraceLimit as V8 reads it when the error is made: 0, 1, fractions, negatives,
// Infinity, NaN, and values that are not numbers (no stack at all, the key stays).
function a() { return b(); }
function b() { return new Error('e'); }
for (const lim of [0, 1, 2.7, -1, Infinity, 'x', '3', null, undefined, NaN]) {
  Error.stackTraceLimit = lim;
  const e = a();
  console.log(String(lim), typeof e.stack, e.stack === undefined ? '' : e.stack.split('\n').length, Object.getOwnPropertyNames(e));
}
Error.stackTraceLimit = 'x';
const e = new Error('no stack');
console.log(e);
console.log(String(e), 'stack' in e);
Error.stackTraceLimit = 0;
const early = new Error('made under 0');
Error.stackTraceLimit = 10;
console.log(early.stack);
delete Error.stackTraceLimit;
console.log(typeof new Error('q').stack, Object.keys(Error));
Error.stackTraceLimit = 1;
console.log(a().stack.replace(/\(.*[\\/]/, '('));
