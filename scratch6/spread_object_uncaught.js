function sum(...nums) {
  return nums.reduce((a, b) => a + b, 0);
}
const scores = { math: 90, art: 80 };
console.log(sum(...scores));
