// A custom inspect returning this falls back to normal formatting.
const util = require('util');
const o = { a: 1, [util.inspect.custom]() { return this; } };
console.log(o);
