// Unary plus on a BigInt.
try {
  console.log(+1n);
} catch (e) {
  console.log(e.message);
}
