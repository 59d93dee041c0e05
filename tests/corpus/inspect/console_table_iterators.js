// console.table of Map and Set iterators (what they have left, by V8's previewEntries), a Map
// subclass, and a `properties` argument that is not an array.
const m = new Map([['a', 1], ['b', { x: 2 }], ['c', 3]]);
const it = m.entries(); it.next();
console.table(it);
console.table(m.keys());
console.table(m.values());
const s = new Set(['x', 'y']);
console.table(s.values());
console.table(s.entries());
console.table(it);
class MyMap extends Map {}
console.table(new MyMap([[1, 2]]));
try { console.table([], 'x'); } catch (e) { console.log(e.code, e.message); }
console.table([{ a: 1 }], []);
