// new on an arrow function: "f is not a constructor".
const Point = (x, y) => ({ x, y });
try {
  new Point(1, 2);
} catch (e) {
  console.log(e.message);
}
