// depth 0, null and Infinity.
const util = require('util');
const v = { a: { b: { c: { d: { e: 1 } } } }, arr: [[1]] };
console.log(util.inspect(v, { depth: 0 }));
console.log(util.inspect(v, { depth: null }));
console.log(util.inspect(v, { depth: Infinity }));
