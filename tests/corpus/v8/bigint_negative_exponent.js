// A BigInt raised to a negative power.
try {
  console.log(2n ** -1n);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
