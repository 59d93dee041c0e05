const base = { greet() { return 'hi'; } };
try {
  class Child extends base {}
} catch (e) {
  console.log(e.message);
}
const makeBase = () => {};
try {
  class Other extends makeBase {}
} catch (e) {
  console.log(e.message);
}
