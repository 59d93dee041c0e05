const util = require('util');
console.log(util.format('%d %d %d', 10n, Symbol('x') === 1 ? 0 : 1, {}));
try { console.log(util.format('%d', Symbol('x'))); } catch (e) { console.log(e.message); }
console.log(util.format('%i', '42.9abc'), util.format('%i', 42.9), util.format('%i', -0.5), util.format('%i', 5n));
console.log(util.format('%d', '0x10'), util.format('%d', ''), util.format('%d', [5]), util.format('%d', -0));
console.log(util.format('%f', '3.14xyz'), util.format('%f', 7n === 7n), util.format('%j', { a: 1n === 1n }));
console.log(util.format('%c styled %c', 'color: red', 'x'), util.format('%%d %d', 1));
console.log(util.format('%d'), util.format('%s:%s', 'a'), util.format(1, 2, '%s'));
