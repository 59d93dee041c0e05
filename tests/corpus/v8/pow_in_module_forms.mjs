export const x = 10 ** -5;
const f = (a = 10 ** -5) => a;
class A { static s = 10 ** -4; f = 10 ** -5; static { console.log(10 ** -5); } }
console.log(x, f(), A.s, new A().f);
for (let i = -5; i < -3; i++) console.log(10 ** i);
label: { console.log(`${10 ** -5}`, [10 ** -5], { k: 10 ** -5 }, 10 ** -5 > 0 ? 'pos' : 'neg'); }
console.log((await Promise.resolve(10)) ** -5, -(10 ** -5), !(10 ** -5));
function* g() { yield 10 ** -5; } console.log([...g()]);
const obj = { [10 ** 2]: 'h', m() { return 10 ** -5; } }; console.log(obj, obj.m());
