// util.inspect of an object containing util.inspect output (a string).
const util = require('util');
console.log([util.inspect({ a: 1 })]);
