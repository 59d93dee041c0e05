// forEach with no callback.
try {
  [1].forEach();
} catch (e) {
  console.log(e.message);
}
