// Nested values in table cells are inspected compactly.
console.table([{ arr: [1, 2, 3, 4, 5], obj: { a: 1, b: 2, c: 3 }, small: { a: 1 } }]);
console.table('not tabular');
