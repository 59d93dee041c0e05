const util = require('util');
const strip = (t) => t.split('\n').filter((l) => !/^\s+at /.test(l)).join('\n');
const e = new Error('original');
e.name = 'CustomName';
console.log(strip(util.inspect(e)));
e.message = 'changed message';
console.log(strip(util.inspect(e)));
const t = new TypeError('x'); t.name = 'Error';
console.log(strip(util.inspect(t)));
const n = new Error('nameless'); n.name = '';
console.log(strip(util.inspect(n)));
class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; this.field = 'email'; } }
console.log(strip(util.inspect(new ValidationError('bad email'))));
const s = new Error('stackless'); s.stack = 'custom stack text';
console.log(util.inspect(s), util.inspect({ err: s }));
