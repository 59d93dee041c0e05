// Calling a variable that holds a number.
const f = 5;
try {
  f();
} catch (e) {
  console.log(e.message);
}
