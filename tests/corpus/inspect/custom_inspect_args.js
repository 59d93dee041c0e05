// Custom inspect receives the remaining depth and options.
const util = require('util');
const c = { [util.inspect.custom](depth, opts) { return `depth=${depth} compact=${opts.compact} break=${opts.breakLength}`; } };
console.log(c);
console.log({ a: { b: c } });
console.log(util.inspect(c, { depth: 5 }));
