// Extending something that is not a class.
const Base = 5;
try {
  class Child extends Base {}
} catch (e) {
  console.log(e.message);
}
