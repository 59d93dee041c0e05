function site() {
  const orig = Error.prepareStackTrace;
  Error.prepareStackTrace = (_, s) => s;
  const stack = new Error().stack;
  Error.prepareStackTrace = orig;
  const c = stack[1];
  return [c.getFunctionName(), c.getLineNumber(), c.getColumnNumber(), c.getEnclosingLineNumber(), c.getEnclosingColumnNumber()];
}
function plain() { return site(); }
  async function asyncFn() { return site(); }
const expr = function () { return site(); };
const named = function inner() {
  return site();
};
const obj = { method() { return site(); }, prop: function () { return site(); }, arrow: () => site() };
class K { m() { return site(); } static s() { return site(); } }
function* gen() { yield site(); }
console.log(plain());
asyncFn().then((r) => console.log(r));
console.log(expr(), named());
console.log(obj.method(), obj.prop(), obj.arrow());
console.log(new K().m(), K.s(), gen().next().value);
console.log(site());
