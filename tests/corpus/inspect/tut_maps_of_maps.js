// Maps of Maps and Sets inside Maps.
const inventory = new Map([
  ['fruit', new Map([['apple', 3], ['pear', 0]])],
  ['veg', new Map([['carrot', new Set(['orange', 'purple'])]])],
]);
console.log(inventory);
const m = new Map();
m.set({ key: 'obj' }, [1, 2]);
m.set('nested', new Map([['x', new Map([['y', new Map([['z', 1]])]])]]));
console.log(m);
console.log(new Map([[NaN, 'nan'], [-0, 'zero'], [undefined, null]]));
console.log(new Set([[1, 2], { a: 1 }, 'str', 3n]));
console.log(new Map(Array.from({ length: 5 }, (_, i) => ['key' + i, { value: i, label: 'label ' + i }])));
