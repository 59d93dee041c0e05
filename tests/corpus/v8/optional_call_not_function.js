// obj?.method() with obj present but method not a function: the ?. is in the name.
const obj = { method: 42 };
try {
  obj?.method();
} catch (e) {
  console.log(e.message);
}
