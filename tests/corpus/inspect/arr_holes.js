// Holes print as <N empty items>.
console.log([1, , 3, , , 6]);
console.log(new Array(5), [, 1], [1, , ]);
