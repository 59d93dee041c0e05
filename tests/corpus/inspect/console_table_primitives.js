// console.table of primitives uses a Values column.
console.table([1, 'two', null]);
console.table({ x: 1, y: { z: 2 } });
