// Array destructuring of null.
try {
  const [first] = null;
} catch (e) {
  console.log(e.message);
}
