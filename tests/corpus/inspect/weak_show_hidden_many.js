// showHidden lists every live entry of a WeakMap/WeakSet (sorted, as Node sorts weak entries);
// deleted keys are gone, and without showHidden the items stay unknown.
const util = require('util');
const a = { a: 1 }, b = { b: 2 }, c = [3], d = function d() {};
const wm = new WeakMap([[a, 1], [b, 2]]); wm.set(c, 3); wm.set(d, 4); wm.set(a, 'again');
console.log(util.inspect(wm, { showHidden: true }));
wm.delete(b);
console.log(util.inspect(wm, { showHidden: true }));
wm.set(b, 'back');
console.log(util.inspect(wm, { showHidden: true, depth: 0 }));
const ws = new WeakSet([a, b, c]);
ws.add(a);
console.log(util.inspect(ws, { showHidden: true }), ws, wm);
console.log(util.inspect(new WeakMap(), { showHidden: true }), util.inspect(new WeakSet(), { showHidden: true }));
console.log(util.inspect({ wm }, { showHidden: true, depth: 0 }));
for (let i = 0; i < 200; i++) wm.set({ i }, i);
const keep = { keep: true }; wm.set(keep, 'kept');
console.log(wm.has(keep), WeakMap.prototype.set.name, WeakMap.prototype.set.length, WeakSet.prototype.add.length);
