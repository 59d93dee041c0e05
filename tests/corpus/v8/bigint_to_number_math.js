// Math.max with a BigInt.
try {
  Math.max(1n, 2);
} catch (e) {
  console.log(e.message);
}
