// new on a built-in method that is not a constructor.
try {
  new Math.max(1, 2);
} catch (e) {
  console.log(e.message);
}
