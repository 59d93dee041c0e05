// colors: true prints ANSI escape codes.
const util = require('util');
const value = {
  n: 1, s: 'str', b: true, u: undefined, nul: null, big: 10n, sym: Symbol('x'),
  d: new Date(0), re: /ab+c/gi, f: function named() {}, arr: [1, 'a'],
  m: new Map([['k', 1]]), st: new Set([1]), e: [, 1], nan: NaN, negz: -0,
};
console.log(util.inspect(value, { colors: true }));
console.log(util.inspect('top', { colors: true }));
console.log(util.inspect([{ a: { b: { c: {} } } }], { colors: true }));
console.log(util.inspect(new Error('e'), { colors: true }).split('\n')[0]);
console.log(util.inspect(Promise.resolve(4), { colors: true }));
console.log(util.inspect(new WeakMap(), { colors: true }));
console.log(util.inspect(Object.create(null), { colors: true }));
console.log(util.inspect({ get g() { return 1; }, set s(v) {} }, { colors: true }));
console.log(util.inspect(Array(120).fill(0), { colors: true }));
