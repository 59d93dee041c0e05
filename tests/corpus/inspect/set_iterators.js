// Set iterators: values and entries.
const s = new Set([1, 2]);
console.log(s.values(), s.entries());
