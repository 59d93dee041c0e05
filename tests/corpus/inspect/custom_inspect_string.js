// A custom inspect function returning a string.
const util = require('util');
console.log({ [util.inspect.custom]() { return 'CUSTOM'; } });
console.log([{ [util.inspect.custom]() { return 'in array'; } }]);
