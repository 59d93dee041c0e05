// compact: true uses the legacy layout.
const util = require('util');
console.log(util.inspect({ a: 1, b: { c: 2 }, d: 'x'.repeat(70) }, { compact: true }));
console.log(util.inspect(new Set(['x'.repeat(40), 'y'.repeat(40)]), { compact: true }));
console.log(util.inspect({ a: 'x'.repeat(90) }, { compact: true }));
