// Arrays of small objects.
console.log(Array.from({ length: 4 }, (_, i) => ({ id: i, name: `n${i}` })));
