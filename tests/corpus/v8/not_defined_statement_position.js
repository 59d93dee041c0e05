// V8 places an unresolvable name at its statement when nothing before it in the statement
// ran yet (`return missing()` at `return`), else at the name itself.
const obj = { a: 1 };
function foo() {}
let x = 0;
const cases = {
  returnCall() { return missing(); },
  returnRead() { return missing; },
  returnSum() { return 1 + missing(); },
  declared() { const y = missing(); return y; },
  assigned() { x = missing(); },
  ifHead() { if (missing) {} },
  whileHead() { while (missing) {} },
  template() { return `${missing}`; },
  member() { missing.x; },
  returnMember() { return missing.x; },
  argument() { console.log(missing); },
  afterCall() { return foo(1) || missing(); },
  arrayReturn() { return [missing()]; },
  newMissing() { return new Missing(); },
  typeofCall() { return typeof missing(); },
  compound() { x += missing; },
  property() { obj.b = missing; },
  multiLine() {
    return (
      missing()
    );
  },
};
for (const [name, f] of Object.entries(cases)) {
  try {
    f();
  } catch (e) {
    console.log(name, e.message, e.stack.split('\n')[1].replace(/.*[\\/]/, ''));
  }
}
