// Calling a class like a function.
class Foo {}
try {
  Foo();
} catch (e) {
  console.log(e.message);
}
