// for-of over a BigInt literal: "(intermediate value) is not iterable".
try {
  for (const d of 5n) console.log(d);
} catch (e) {
  console.log(e.message);
}
