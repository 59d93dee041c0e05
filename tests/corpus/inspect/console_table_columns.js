// console.table with a column filter.
console.table([{ a: 1, b: 2, c: 3 }, { a: 4, b: 5 }], ['a', 'c']);
