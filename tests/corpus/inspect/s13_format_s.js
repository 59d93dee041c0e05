class Pt { constructor() { this.x = 1; } }
class WithToString { toString() { return 'custom!'; } }
console.log('%s|%s|%s|%s', { a: 1, b: { c: { d: 1 } } }, new Pt(), Symbol('sy'), 10n);
console.log('%s %s %s %s', -0, [1, [2, [3]]], null, undefined);
console.log('%s', new WithToString(), '%s', new Date(0));
console.log('%s', [new Pt()], '%s', new Map([[1, 2]]), new Set([1]));
console.log('%s', function foo() {}, class Bar {}, () => 1);
console.log(require('util').format('%s', new Error('err in s')).split('\n')[0]);
console.log('%s', Object.create(null), '%s', { toString: null });
console.log('%i %d %f', -0, -0, -0, '%s', 1.5);
