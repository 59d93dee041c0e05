// Getters and custom inspect run again at each place their object is met.
const util = require('util');
const shared = { inner: { deeper: { deepest: 1 } } };
let calls = 0;
const withGetter = {
  get s() { calls++; return shared; },
  get count() { return calls; },
};
console.log(util.inspect({ one: withGetter, two: { again: withGetter } }, { getters: true }));
console.log('getter calls', calls);
const self = { get me() { return self; }, name: 'self' };
console.log(util.inspect(self, { getters: true }));
console.log(util.inspect([self, { self }], { getters: true }));
const depths = [];
const custom = { [util.inspect.custom](depth) { depths.push(depth); return `custom@${depth}`; } };
console.log({ a: custom, b: { c: custom }, d: [[custom]] });
console.log('custom depths', depths);
const reused = { [util.inspect.custom](depth, opts, inspect) { return inspect(shared, { ...opts, depth }); } };
console.log({ r: reused, nested: { r: reused } });
let n = 0;
const counter = { get next() { return ++n; } };
console.log(util.inspect({ a: counter, b: counter, c: [counter] }, { getters: 'get' }));
