// Custom inspect strings with newlines are re-indented.
const util = require('util');
console.log({ inner: { [util.inspect.custom]() { return 'L1\nL2'; } } });
