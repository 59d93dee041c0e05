// 26 numbers are grouped into aligned, right-padded columns.
console.log(Array.from({ length: 26 }, (_, i) => i));
