// structuredClone of values it cannot clone.
const t = [() => structuredClone(Symbol('x')), () => structuredClone({ s: Symbol('y') }), () => structuredClone(() => 1), () => structuredClone({ f() {} }), () => structuredClone(new WeakMap()), () => structuredClone(Promise.resolve())];
for (const f of t) { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); } }
