console.table([[1, 2], [3, 4, 5], ['a']]);
console.table([[1, 2], [3, 4]], ['0']);
console.table([{ a: 1, b: 2 }, { a: 3, c: 4 }], ['a', 'c']);
console.table([1, 'two', { three: 3 }, [4]]);
console.table(new Map([['x', { v: 1 }], ['y', { v: 2 }]]));
console.table(new Set(['p', 'q']));
console.table('not tabular');
console.table({ r1: { c: 1 }, r2: { c: 'long value here' } });
