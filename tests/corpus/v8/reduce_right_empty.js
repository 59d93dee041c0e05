// reduceRight of an empty array.
try {
  [].reduceRight((a, b) => a + b);
} catch (e) {
  console.log(e.message);
}
