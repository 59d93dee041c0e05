// A huge gap is one <N empty items> entry.
const a = [];
a[1000] = 1;
console.log(a);
