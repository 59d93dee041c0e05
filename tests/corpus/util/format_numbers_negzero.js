const util = require('util');
console.log(util.format('%d %i %f', -0, -0, -0), util.format('%s', [-0]), util.format('%o', -0));
console.log(util.format('%d', 1e21), util.format('%i', 1e21), util.format('%f', 'abc'), util.format('%d', null), util.format('%i', undefined));
console.log(util.format('%s', 1e21), util.format('%s', 0.1 + 0.2), util.format('%s', 2n ** 70n));
console.log(util.format('%d', new Number(5)), util.format('%d', { valueOf() { return 7; } }), util.format('%i', '0x1A'), util.format('%f', '1e3'));
