console.table([[1, 2], [3, 4, 5], ['a']]);
console.table([[1, 2], [3, 4]], ['0']);
console.table([{ a: 1, b: 2, c: 3 }, { a: 4, c: 6 }], ['c', 'a']);
console.table([{ a: 1 }, { b: 2 }], []);
console.table({ row1: [1, 2], row2: { x: 'y' } });
console.table([[{ nested: true }, [1, [2]]]]);
console.table(new Map([['k', { v: 1 }]]), ['v']);
console.table([1, 'two', { three: 3 }]);
