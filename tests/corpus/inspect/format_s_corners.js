const util = require('util');
console.log(util.format('%s', { a: { b: { c: 1 } } }));
console.log(util.format('%s', [1, [2, [3, [4]]]]));
console.log(util.format('%s', -0), util.format('%s', 0), util.format('%s', [-0]));
console.log(util.format('%s', 42n), util.format('%s', Symbol('sy')));
const e = new Error('boom'); e.stack = 'Error: boom\n    at x (x.js:1:1)';
console.log(util.format('%s', e));
console.log(util.format('%s', null), util.format('%s', undefined));
console.log(util.format('%s', function foo() {}));
console.log(util.format('%s', class A {}.name));
console.log(util.format('%s', { toString() { return 'custom'; } }));
class WithToString { toString() { return 'WTS'; } }
console.log(util.format('%s', new WithToString()));
console.log(util.format('%s', new Date(0)));
console.log(util.format('%s', new Map([[1, 2]])), util.format('%s', new Set([1])));
console.log(util.format('%s', 'str'), util.format('%s'), util.format('%s %s', 'only'));
console.log(util.format('%s', Object.create(null)));
