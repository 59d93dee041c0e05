// Extra properties are grouped along with the items.
console.log(Object.assign(Array.from({ length: 10 }, (_, i) => i), { extra: 'value' }));
