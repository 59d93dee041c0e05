// console.dir ignores custom inspect functions.
const util = require('util');
console.dir({ a: 1, [util.inspect.custom]() { return 'CUSTOM'; } });
