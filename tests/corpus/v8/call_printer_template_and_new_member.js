// A tagged template's tag is named as a call's callee; `new` of a member of a new object is
// `(intermediate value).m`.
const tryIt = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(`${e.name}: ${e.message}`); } };
class A { m() {} }
const o = { t: 1, n: { f: 2 } };
tryIt(() => o.t`x`);
tryIt(() => o.n.f`a${1}b`);
const g = 5;
tryIt(() => g`x`);
tryIt(() => new (new A().m)());
tryIt(() => new (new A(1, (2)).m)());
tryIt(() => new (o.t)());
