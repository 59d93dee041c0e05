// Negative and fractional numbers in a grouped array.
console.log(Array.from({ length: 9 }, (_, i) => (i - 4) * 3.5));
