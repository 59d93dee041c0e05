// BigInt mixing: arithmetic throws, comparison does not.
const big = 10n;
console.log(big > 5, big == 10);
try {
  console.log(big - 1);
} catch (e) {
  console.log(e.message);
}
