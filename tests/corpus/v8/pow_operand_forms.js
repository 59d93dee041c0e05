console.log(Array.from({ length: 3 }, (_, i) => BigInt(i) ** 10n));
const o = { a: { b: 10, f() { return 10; } } }, arr = [10];
console.log(o.a.b ** -5, o.a.f() ** -5, o?.a?.b ** -5, arr[0] ** -5, Math.max(1, 10) ** -5, String.raw`10` ** -5, o['a'].b ** -5);
console.log(new Number(10) ** -5, (10) ** -5);
let i = 10; console.log(i++ ** -5, i);
console.log([10].map(Number)[0] ** -5, `${o.a.b ** -5}`);
