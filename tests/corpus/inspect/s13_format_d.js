const util = require('util');
console.log(util.format('%d', '0x10'), util.format('%i', '0x10'), util.format('%f', '0x10'));
console.log(util.format('%d %d %d %d', '', ' 12 ', '1e3', '12px'));
console.log(util.format('%i %i %i', '1e3', 1.9, -1.9), util.format('%f %f', '1.5abc', 'abc'));
console.log(util.format('%d', true), util.format('%d', null), util.format('%d', undefined), util.format('%d', []), util.format('%d', {}));
console.log(util.format('%d %i', 12345678901234567890n, 5n), util.format('%f', 5n));
console.log(util.format('%d', Symbol('s')), util.format('%i', Symbol('s')), util.format('%f', Symbol('s')));
console.log(util.format('%d', new Number(5)), util.format('%d', '  0b11'), util.format('%d', '0o17'));
