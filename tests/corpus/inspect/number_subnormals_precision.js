// Numbers at the ends of the double range as Number formats them: subnormals, the largest
// double, and toPrecision's exact digits (rounded half up), toExponential and toFixed.
console.log(Number.MIN_VALUE, Math.pow(2, -1074), (5e-324).toString(), String(5e-324), `${1e-310}`);
console.log([5e-324, 1e-310, 2.2250738585072014e-308, 1e-320], { tiny: 4.9e-324, max: Number.MAX_VALUE });
const xs = [5e-324, 1e-310, 2.2250738585072014e-308, 1e-300, 1.2345e-100, 1.5e-320, 123.456, 2.5, 1.25, 0.000001234, 1e21, 1.7976931348623157e308, -4.9e-324, 99.99, 0, -0];
for (const x of xs) {
  console.log(x, [1, 2, 3, 5, 17, 21].map((p) => x.toPrecision(p)).join(' '), x.toExponential(2), x.toExponential(), x.toFixed(3));
}
console.log((5e-324).toPrecision(), new Number(1e-200).toPrecision(4), (1e-200).toPrecision(NaN === NaN ? 1 : 2.9));
for (const p of [0, 101, -1]) {
  try { (1).toPrecision(p); } catch (e) { console.log(e.name, e.message); }
}
console.log(Infinity.toPrecision(3), NaN.toPrecision(2), JSON.stringify({ a: 5e-324, b: 1e-310 }));
