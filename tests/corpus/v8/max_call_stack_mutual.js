// Mutual recursion overflowing the stack, caught with String(e).
const isEven = (n) => (n === 0 ? true : isOdd(n - 1));
const isOdd = (n) => (n === 0 ? false : isEven(n - 1));
try {
  isEven(-1);
} catch (e) {
  console.log(String(e));
}
