function frames() {
  const orig = Error.prepareStackTrace;
  Error.prepareStackTrace = (_, s) => s;
  const stack = new Error().stack;
  Error.prepareStackTrace = orig;
  return stack;
}
function plain() { return frames()[1]; }
const c = plain();
console.log(c.getFunctionName(), c.getTypeName(), c.getThis() === globalThis, c.getFunction() === plain, c.getLineNumber(), c.getColumnNumber(), c.getEnclosingColumnNumber?.(), c.getEnclosingLineNumber?.());
const obj = { m() { return frames()[1]; } };
const m = obj.m();
console.log(m.getFunctionName(), m.getTypeName(), m.getMethodName(), m.getThis() === obj, m.getFunction() === obj.m, m.getEnclosingColumnNumber?.());
class K { static s() { return frames()[1]; } i() { return frames()[1]; } }
const s = K.s();
console.log(s.getFunctionName(), s.getTypeName(), s.getMethodName(), s.getThis() === K, s.isToplevel());
const i = new K().i();
console.log(i.getFunctionName(), i.getTypeName(), i.getMethodName(), i.isToplevel(), i.isConstructor());
const arrow = () => frames()[1];
const a = arrow();
console.log(a.getFunctionName(), a.getTypeName(), a.getThis(), a.getFunction() === arrow, a.isToplevel());
function strictFn() { 'use strict'; return frames()[1]; }
const st = strictFn();
console.log(st.getThis(), st.getFunction(), st.getTypeName());
const top = frames()[1];
console.log(top.getFunctionName(), top.getTypeName(), top.isToplevel(), top.getThis() === module.exports, top.getEnclosingColumnNumber?.(), typeof top.getFunction());
