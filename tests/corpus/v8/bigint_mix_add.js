// Adding a BigInt and a number.
try {
  console.log(1n + 1);
} catch (e) {
  console.log(e.message);
}
