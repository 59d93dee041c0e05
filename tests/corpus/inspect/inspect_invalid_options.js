const util = require('util');
for (const opts of [{ depth: 'x' }, { maxArrayLength: -1 }, { breakLength: NaN }, { compact: 'yes' }, 5, null]) {
  try { console.log(util.inspect([1, [2, [3, [4]]]], opts)); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(util.inspect('x', true), util.inspect({ a: { b: { c: { d: {} } } } }, false, 0));
