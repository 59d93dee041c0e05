const base = 3;
const squares = [1, 2, 3].map((n) => n * n);
console.log(squares, -base ** 2);
