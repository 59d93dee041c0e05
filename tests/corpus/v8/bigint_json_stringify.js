// JSON.stringify of a BigInt.
try {
  JSON.stringify({ id: 1n });
} catch (e) {
  console.log(e.message);
}
