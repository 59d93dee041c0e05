// Sweep (issue 3): a learner's prints, checked against node.
const util = require('util');
console.log('%o', { a: [1, 2, { b: 3 }], f() {} });
console.log('%O', { a: [1, 2, { b: 3 }] });
console.log('%j', { a: 1, b: [2] }, 'extra');
const circ = {}; circ.self = circ;
console.log('%j', circ);
console.log('%c styled %c', 'color: red', 'font-weight: bold', 'after');
console.log('%i %i %i %i', 42.9, '17px', -3.7, 10n);
console.log('%d %d %d', '0x10', {}, Symbol('x').description);
console.log('%f %f', '3.14abc', 'x');
console.log('%s %s %s %s', null, undefined, 5n, Symbol('sym'));
console.log('%s', { toString() { return 'TS'; } }, [1, [2, [3, [4]]]]);
console.log('100%', 'literal %% percent', '%');
console.log('%x %q', 1, 2);
console.log(util.format('%s:%s', 'a'), util.format('%%s', 1), util.format(1, 2, '3'));
console.log(util.format('%o', 'str'), util.format('%o', [1, 2]));
console.log(util.format('%s', -0), util.format('%d', -0), util.format('%i', -0), util.format(-0));
