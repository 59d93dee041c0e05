const grid = [];
for (let r = 0; r < 5; r++) grid.push(Array.from({ length: 5 }, (_, c) => (r === c ? 1 : 0)));
console.log(grid);
console.log(Array.from({ length: 3 }, () => Array.from({ length: 3 }, () => Array(3).fill('.'))));
console.log([[['deep']]], [[[['deeper']]]]);
const board = Array.from({ length: 3 }, () => Array(3).fill(null));
board[1][1] = 'X';
console.log(board);
console.log({ grid: grid.slice(0, 2) });
