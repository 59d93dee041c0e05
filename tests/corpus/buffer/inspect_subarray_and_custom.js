// A long subarray prints like any buffer; Buffer has a util.inspect.custom method.
const util = require('util');
const big = Buffer.from(Array.from({ length: 200 }, (_, i) => i));
console.log(big.subarray(100, 160));
console.log(typeof Buffer.prototype[util.inspect.custom], Buffer.prototype.inspect === Buffer.prototype[util.inspect.custom]);
