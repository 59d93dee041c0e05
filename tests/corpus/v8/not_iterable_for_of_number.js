// for-of over a number literal: "5 is not iterable".
try {
  for (const x of 5) console.log(x);
} catch (e) {
  console.log(e.message);
}
