// Arrays of pairs are grouped.
console.log(Array.from({ length: 8 }, (_, i) => [i, i + 1]));
