// One long entry among short ones prevents grouping.
console.log([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 'x'.repeat(30)]);
