// V8 prints a unary operation called as a function as (op operand).
const x = 1, o = { p: 2 };
for (const f of [() => (void 0)(), () => (typeof x)(), () => (!x)(), () => (~x)(), () => (void o.p)(), () => (typeof 'str')(), () => (!(x + 1))(), () => (-x)(), () => (delete o.p)()]) {
  try { f(); } catch (e) { console.log(e.message); }
}
