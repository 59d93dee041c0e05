// Quiz: what does a shallow copy share?
const original = { name: 'box', items: ['a', 'b'], meta: { created: 2020 } };
const copy = { ...original };
copy.name = 'copy';
copy.items.push('c');
copy.meta.created = 2021;
console.log(original);
console.log(copy);
const deep = structuredClone(original);
deep.items.push('d');
console.log(original.items, deep.items);
console.log(structuredClone(new Map([[1, { a: new Set([2]) }]])));
console.log(structuredClone(new Date(0)));
console.log(Object.freeze({ frozen: true }), Object.isFrozen(Object.freeze({})));
