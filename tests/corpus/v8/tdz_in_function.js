// A function that reads a const declared later in its own body.
function f() {
  const y = z + 1;
  const z = 2;
  return y;
}
try {
  f();
} catch (e) {
  console.log(e.message);
}
