// console.table with primitives and mixed rows.
console.table([1, 'two', true, null, undefined, 3n, Symbol('s')]);
console.table(42);
console.table('hello');
console.table([]);
console.table({});
console.table([[1, 2], [3, 4, 5]]);
console.table({ a: 1, b: { c: 2 } });
console.table([{ a: 1 }, 2, 'x']);
