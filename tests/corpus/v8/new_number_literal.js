// new on a number.
try {
  new 5;
} catch (e) {
  console.log(e.message);
}
