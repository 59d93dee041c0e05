// A missing method on a fresh instance: "(intermediate value).bar is not a function".
class Foo {}
try {
  new Foo().bar();
} catch (e) {
  console.log(e.message);
}
