// Changing util.inspect.defaultOptions changes console.log.
const util = require('util'); util.inspect.defaultOptions.depth = 0; console.log({ a: { b: 1 } }); util.inspect.defaultOptions.depth = 2; util.inspect.defaultOptions.compact = false; console.log({ a: 1, b: [1, 2] }); console.log(util.inspect.defaultOptions);
