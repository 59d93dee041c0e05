// console.table of a Map and a Set.
console.table(new Map([['k1', { v: 1 }], ['k2', 'plain']]));
console.table(new Set(['s1', 's2']));
