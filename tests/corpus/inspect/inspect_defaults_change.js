const util = require('util');
const saved = { ...util.inspect.defaultOptions };
util.inspect.defaultOptions.depth = 0;
console.log({ a: { b: 1 } });
util.inspect.defaultOptions.breakLength = 20;
console.log({ a: 1, b: 2, c: 3, d: 4 });
util.inspect.defaultOptions = { ...saved, compact: false };
console.log({ a: 1 });
util.inspect.defaultOptions = saved;
console.log({ a: { b: { c: { d: 1 } } } });
try { util.inspect.defaultOptions = null; } catch (e) { console.log(e.code, e.message); }
