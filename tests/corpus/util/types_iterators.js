// Map and Set iterators.
const { types } = require('util');
const m = new Map([[1, 2]]);
const s = new Set([1]);
console.log(types.isMapIterator(m.keys()), types.isMapIterator(m.entries()), types.isMapIterator(s.values()));
console.log(types.isSetIterator(s.values()), types.isSetIterator(m.values()), types.isSetIterator([][Symbol.iterator]()));
