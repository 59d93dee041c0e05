// Array destructuring of an object.
const point = { x: 1, y: 2 };
try {
  const [x, y] = point;
  console.log(x, y);
} catch (e) {
  console.log(e.message);
}
