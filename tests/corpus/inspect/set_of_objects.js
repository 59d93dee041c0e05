// A Set of objects.
console.log(new Set([{ a: 1 }, { b: [1, 2, 3] }]));
