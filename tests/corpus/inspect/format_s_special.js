const util = require('util');
console.log(util.format('%s', 1.5e300), util.format('%s', 123456789012345678901234567890n), util.format('%s', -0));
console.log(util.format('%s', [undefined, null]), util.format('%s', { toString: null }), util.format('%s', Object.assign(Object.create(null), { a: 1 })));
class A { toString() { return 'A!'; } }
class B extends A {}
class C { get [Symbol.toStringTag]() { return 'Tagged'; } }
console.log(util.format('%s|%s|%s', new A(), new B(), new C()));
const withOwn = { a: 1, toString() { return 'own'; } };
console.log(util.format('%s', withOwn));
const err = new Error('boom'); err.stack = 'Error: boom\n    at x (y:1:1)';
console.log(util.format('%s', err), util.format('%s', [err]));
console.log(util.format('%s', function foo() {}), util.format('%s', class Bar {}), util.format('%s', () => {}));
