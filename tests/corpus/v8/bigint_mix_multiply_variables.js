// Multiplying BigInt and number variables.
const big = 10n;
const n = 3;
try {
  console.log(big * n);
} catch (e) {
  console.log(e.name, e.message);
}
