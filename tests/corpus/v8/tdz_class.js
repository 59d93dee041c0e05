// Using a class before its declaration.
try {
  new Animal();
  class Animal {}
} catch (e) {
  console.log(e.message);
}
