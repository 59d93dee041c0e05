const util = require('util');
const deep = { a: { b: { c: { d: { e: 1 } } } }, arr: Array.from({ length: 8 }, (_, i) => i) };
console.log(deep);
util.inspect.defaultOptions.depth = 4;
console.log(deep);
util.inspect.defaultOptions.maxArrayLength = 3;
console.log(deep);
util.inspect.defaultOptions.breakLength = 40;
console.log(deep);
util.inspect.defaultOptions.compact = false;
console.log({ x: 1 });
util.inspect.defaultOptions = { depth: 0 };
console.log(deep);
console.log(util.inspect.defaultOptions.depth, util.inspect.defaultOptions.breakLength);
try { util.inspect.defaultOptions = null; } catch (e) { console.log(e.code, e.message); }
