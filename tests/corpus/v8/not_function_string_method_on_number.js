// A string method on a number variable.
const price = 12;
try {
  price.toUpperCase();
} catch (e) {
  console.log(e.message);
}
