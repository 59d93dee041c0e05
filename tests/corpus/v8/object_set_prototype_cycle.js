// Object.setPrototypeOf making a cycle.
const a = {};
const b = Object.create(a);
try {
  Object.setPrototypeOf(a, b);
} catch (e) {
  console.log(e.message);
}
