// Using this before super() in a derived constructor.
class A {}
class B extends A {
  constructor() {
    this.x = 1;
    super();
  }
}
try {
  new B();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
