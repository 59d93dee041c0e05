// Map iterators: keys, values, entries.
const m = new Map([['a', 1], ['b', 2]]);
console.log(m.keys(), m.values(), m.entries());
