// e.name of the error from reading a property of undefined is TypeError.
try {
  undefined.foo;
} catch (e) {
  console.log(e.name);
  console.log(e.constructor.name);
}
