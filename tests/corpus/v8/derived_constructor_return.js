class Base {}
class Child extends Base {
  constructor() {
    super();
    return 42;
  }
}
try {
  new Child();
} catch (e) {
  console.log(String(e));
}
