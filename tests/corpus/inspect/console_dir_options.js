// console.dir accepts inspect options.
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: null });
console.dir({ b: 1, a: 2 }, { sorted: true });
