// Seven numbers are grouped into columns.
console.log([0, 1, 2, 3, 4, 5, 6]);
