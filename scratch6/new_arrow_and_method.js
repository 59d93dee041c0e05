function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
const Arrow = () => {};
const obj = { method() {}, arrow: () => 1, async am() {} };
class K { m() {} static s() {} }
show(() => new Arrow());
show(() => new obj.method());
show(() => new obj.arrow());
show(() => new obj.am());
show(() => new (new K().m)());
show(() => new K.s());
show(() => new Math.max());
show(() => new (async function f() {})());
show(() => new (function* g() {})());
show(() => new Symbol());
show(() => new BigInt(1));
