// A large Set is not grouped into columns.
console.log(new Set(Array.from({ length: 30 }, (_, i) => i)));
