// Each value of the loop is destructured with an array pattern.
for (const [k] of [1]) {
  console.log(k);
}
