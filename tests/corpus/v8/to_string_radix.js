// toString with a radix of 1.
try {
  (255).toString(1);
} catch (e) {
  console.log(e.message);
}
