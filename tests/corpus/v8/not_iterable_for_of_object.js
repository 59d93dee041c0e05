// for-of over a plain object held in a variable.
const scores = { a: 1, b: 2 };
try {
  for (const s of scores) console.log(s);
} catch (e) {
  console.log(e.message);
}
