// A call's TypeError names the callee at the call, wherever the error is caught.
const cases = {
  number() { const n = 5; return n(); },
  method() { return Math.nope(); },
  local() { let f = 5; f(); },
};
for (const [name, f] of Object.entries(cases)) {
  try {
    f();
  } catch (e) {
    console.log(name, e.message);
  }
}
const g = () => { const h = 'text'; h(); };
try { g(); } catch (e) { console.log(e.message); }
