// An array of objects, as a list of records.
const products = [
  { id: 1, name: 'Laptop', price: 999.99, tags: ['electronics', 'computers'] },
  { id: 2, name: 'Mouse', price: 19.99, tags: ['electronics'] },
  { id: 3, name: 'Desk', price: 249, tags: [] },
];
console.log(products);
console.log(products.map((p) => ({ id: p.id, name: p.name })));
console.log([{ a: 1 }, { b: 2 }, { c: 3 }, { d: 4 }, { e: 5 }, { f: 6 }, { g: 7 }]);
console.log([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 14]]);
