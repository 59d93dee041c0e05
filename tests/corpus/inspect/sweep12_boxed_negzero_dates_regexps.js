// Sweep (issue 3): a learner's prints, checked against node.
console.log(new Number(5), new String('str'), new Boolean(false), Object(Symbol('s')), Object(10n));
const ns = new String('ab'); ns.extra = 1; console.log(ns);
console.log(Object.create(Array.prototype), Object.create(Map.prototype) instanceof Map);
console.log(-0, [-0], { z: -0 }, 0 * -1, String(-0), `${-0}`, JSON.stringify(-0));
console.log(10n, [10n, -5n], { big: 2n ** 64n }, typeof 1n);
console.log(new Date(NaN), [new Date('invalid')], new Date(0), { d: new Date(86400000) });
const re = /ab+c/gi; re.lastIndex = 3; console.log(re, re.lastIndex, [/x/y, /\//]);
const re2 = /re/su; re2.prop = 1; console.log(re2);
console.log([undefined, null, NaN, Infinity, -Infinity, 1e21, 1e-7, 0.1 + 0.2]);
console.log(5e-324, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2);
