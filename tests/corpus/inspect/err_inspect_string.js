// util.inspect of an error with a custom stack.
const util = require('util');
const e = new TypeError('bad');
e.stack = 'TypeError: bad\n    at x (y.js:1:1)';
console.log(util.inspect(e));
console.log(util.inspect(e, { compact: false }));
