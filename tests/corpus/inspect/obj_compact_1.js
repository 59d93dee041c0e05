// compact: 1 only joins the innermost level.
const util = require('util');
console.log(util.inspect({ a: { b: 1 }, c: 2 }, { compact: 1 }));
console.log(util.inspect({ a: { b: { c: 1 } } }, { compact: 2 }));
