// super() called twice in a derived constructor.
class Base {}
class Child extends Base {
  constructor() {
    super();
    super();
  }
}
try {
  new Child();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
