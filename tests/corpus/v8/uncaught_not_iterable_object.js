// An uncaught for...of over a plain object.
const scores = { ada: 1, bob: 2 };
for (const s of scores) {
  console.log(s);
}
