// util.format edge cases: placeholders without arguments, extra arguments, %o depth, objects under %s.
const util = require('util');
console.log(util.format('%s %s', 'only'));
console.log(util.format('%d', '0x10'), util.format('%i', '-0.9'), util.format('%f', 'abc'));
console.log(util.format('%s', { toString() { return 'custom'; } }), util.format('%s', [1, [2, [3, [4]]]]));
console.log(util.format('%s', new Error('e1')).split('\n')[0]);
console.log(util.format('%o', [1, { a: { b: { c: { d: 1 } } } }]));
console.log(util.format('%O', { a: { b: { c: { d: 1 } } } }));
console.log(util.format('%j', { toJSON() { return 'J'; } }), util.format('%j', 1n === 1n ? undefined : 0));
console.log(util.format(1, 2, '3'), util.format('%%s %s', 'x'), util.format('a%'), util.format('%x', 1));
console.log(util.format('%s', -0), util.format('%d', -0), util.format('%s', 123456789012345678901234567890n));
console.log(util.format('%s', Object.create(null)), util.format('%s', new (class Foo {})()));
console.trace('here %d', 1);
