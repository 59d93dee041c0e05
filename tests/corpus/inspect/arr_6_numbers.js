// Six numbers stay on one line (grouping starts above six entries).
console.log([0, 1, 2, 3, 4, 5]);
