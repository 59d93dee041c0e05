const util = require('util');
console.log(util.format('%i', 42.9), util.format('%i', -42.9), util.format('%i', '42.9px'));
console.log(util.format('%i', 42n), util.format('%i', Symbol('x')), util.format('%i', 'abc'));
console.log(util.format('%i', 1e21), util.format('%i', '0x1f'), util.format('%i', -0));
console.log(util.format('%f', '3.14abc'), util.format('%f', 42n), util.format('%f', Symbol('q')));
console.log(util.format('%f', -0), util.format('%f', '1e3'), util.format('%f', {}));
console.log(util.format('%f', [2.5]));
