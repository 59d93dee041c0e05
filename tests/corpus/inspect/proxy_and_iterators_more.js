// Proxies and Map/Set iterators in more places: nested, exhausted, after for-of, showProxy depth.
const util = require('util');
const target = { n: 1, list: [1, 2] };
const p = new Proxy(target, { get: (t, k) => t[k] });
console.log([p], { p });
console.log(util.inspect({ deep: { p } }, { showProxy: true, depth: 0 }));
const m = new Map([['a', 1], ['b', 2], ['c', 3]]);
const it = m.values();
for (const v of it) {
  if (v === 2) break;
}
console.log(it);
const done = new Set([1]).values();
done.next();
done.next();
console.log(done, [new Set(['x']).entries()]);
console.log(m[Symbol.iterator]() instanceof Object, typeof m.keys().next);
