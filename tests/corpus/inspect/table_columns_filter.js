console.table([{ name: 'Ann', age: 3 }, { name: 'Bo', age: 40 }], ['name']);
console.table([{ name: 'Ann', age: 3 }, { name: 'Bo', age: 40 }], ['age', 'missing']);
console.table([[1, 2], [3, 4, 5]], ['1']);
