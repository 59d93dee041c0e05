// One object reached at several depths: each place prints it at its own depth.
const util = require('util');
const shared = { level1: { level2: { level3: { level4: 'bottom' } } }, tag: 'S' };
class Holder { constructor(v) { this.v = v; } }
const tree = {
  deep: { a: { b: { c: shared } } },
  mid: { a: shared },
  top: shared,
  list: [shared, [shared, [shared]]],
  map: new Map([['s', shared], [shared, 'as key']]),
  set: new Set([shared, new Set([shared])]),
  holder: new Holder(new Holder(shared)),
};
console.log(tree);
for (const depth of [0, 1, 3, Infinity]) {
  console.log(`depth ${depth}:`, util.inspect(tree, { depth, breakLength: 200 }));
}
console.log(util.inspect([shared, { x: shared }, [[shared]]], { depth: 1 }));
console.log(util.inspect(new Map([[1, { s: shared }], [2, shared]]), { depth: 0 }));
console.log([new Holder(shared), shared, new Holder(new Holder(new Holder(shared)))]);
const arr = [1, 2, 3];
console.log({ a: { b: { c: { d: arr } } }, arr, again: [arr, [arr, [arr, [arr]]]] });
