// Dividing a BigInt by zero.
try {
  console.log(1n / 0n);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
