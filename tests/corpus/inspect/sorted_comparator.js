// util.inspect's sorted option with a comparator: Node sorts each object's entries (and a Map's or Set's) with it, as strings.
const util = require('util');
const obj = { b: 1, a: { z: 1, y: 2, x: [3, 2] }, c: new Map([['q', 1], ['p', 2]]), d: new Set([3, 1, 2]) };
console.log(util.inspect(obj, { sorted: (a, b) => (a < b ? 1 : a > b ? -1 : 0) }));
console.log(util.inspect(obj, { sorted: true }));
console.log(util.inspect({ b: 2, aa: 1, c: 3 }, { sorted: (a, b) => a.length - b.length }));
const calls = [];
util.inspect({ y: 1, x: 2 }, { sorted(a, b) { calls.push([a, b]); return 0; } });
console.log(calls.length > 0, typeof calls[0][0]);
console.log(util.inspect([3, 1, 2], { sorted: (a, b) => b - a }));
