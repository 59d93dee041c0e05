// compact: false puts every property on its own line.
const util = require('util');
console.log(util.inspect({ a: 1, b: { c: 2 }, d: [1, 2] }, { compact: false }));
