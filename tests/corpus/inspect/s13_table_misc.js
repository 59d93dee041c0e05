console.table([{ name: 'ann', age: 30 }, { name: 'bob', age: null }, { name: undefined, age: 5 }]);
console.table({ a: 1, b: 'two', c: [3] });
console.table([]);
console.table(new Set(['x', { y: 1 }]));
console.table([{ 'long key name': 'v', k: { deep: { er: 1 } } }]);
console.table('not tabular');
console.table([[1, [2, 3]], { a: 1 }]);
