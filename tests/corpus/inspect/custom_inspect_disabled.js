// customInspect: false ignores the custom function.
const util = require('util');
const o = { a: 1, [util.inspect.custom]() { return 'X'; } };
console.log(util.inspect(o, { customInspect: false }));
