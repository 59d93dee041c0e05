// Sweep (issue 3): a learner's prints, checked against node.
const util = require('util');
console.log(util.inspect.defaultOptions);
util.inspect.defaultOptions.depth = 0;
console.log({ a: { b: 1 } });
util.inspect.defaultOptions = { ...util.inspect.defaultOptions, depth: 2, breakLength: 20 };
console.log({ a: { b: { c: { d: 1 } } }, list: [1, 2, 3, 4, 5] });
try { util.inspect.defaultOptions = null; } catch (e) { console.log(e.code, e.message); }
try { util.inspect({}, 'bad'); } catch (e) { console.log(e.code); }
console.log(util.inspect({ a: 1 }, false, 0, false));
