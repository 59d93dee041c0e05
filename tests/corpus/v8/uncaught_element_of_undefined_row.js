// A learner reads past the end of a grid: V8 names the element key and points at its `[`.
const grid = [
  [1, 2],
  [3, 4],
];
for (let r = 0; r <= grid.length; r++) {
  console.log(grid[r][0]);
}
