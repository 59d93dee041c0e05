const b = new Boolean(false); b.reason = 'why';
const n = new Number(-0); n.unit = 'kg';
const s = new String('hey'); s.extra = [1];
const sym = Object(Symbol('q'));
const big = Object(10n);
console.log(b, n, s, sym, big);
console.log([new Boolean(true), new Number(NaN), new String('')]);
class MyNum extends Number {}
console.log(new MyNum(3), Object(1n) instanceof BigInt);
