const f = Object.freeze({ a: 1, nested: { b: 2 } });
const s = Object.seal({ c: 3 });
const n = Object.preventExtensions({ d: 4 });
console.log(f, s, n, Object.isFrozen(f), Object.isSealed(s));
const fa = Object.freeze([1, 2]); console.log(fa);
