const util = require('util');
console.log('%s is %d years', 'Bob', 42, 'extra', { a: 1 });
console.log('%o', [1, 2]);
console.log('%s', Symbol('x'), '%s');
console.log('%i', 42.9, '%f', 'abc');
console.log(util.format('%s', new Map([[1, 2]])), util.format('%s', new Set([1])), util.format('%s', [1, 'a']));
console.log(util.format('%s', { a: 1, toString: Object.prototype.toString }));
class P { toString() { return 'P!'; } } console.log(util.format('%s', new P()));
class Q {} console.log(util.format('%s', new Q()));
console.log(util.format('%d', '0x10'), util.format('%i', '0x10'), util.format('%f', '1e3'), util.format('%d', ''), util.format('%d', Symbol('a')));
console.log(util.format('%s', 12345678901234567890n), util.format('%d', 1.5e300), util.format('%s', -0), util.format('%s', [-0]));
console.log(util.format('%j', { toJSON() { return 'tj'; } }), util.format('%j', undefined), util.format('%j', 1n === 1n ? 'big' : 0));
try { console.log(util.format('%j', { b: 1n })); } catch (e) { console.log(e.name, e.message); }
console.log(util.format('%s:%s', 'a'), util.format('%', 1), util.format('a%', 1), util.format('%-s', 1));
console.log(util.format(), util.format(''), util.format(null), util.format(undefined, null));
