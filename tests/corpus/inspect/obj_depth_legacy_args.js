// util.inspect(obj, showHidden, depth) legacy signature.
const util = require('util');
console.log(util.inspect({ a: { b: { c: { d: 1 } } } }, false, 0));
console.log(util.inspect({ a: { b: { c: { d: 1 } } } }, false, null));
