// instanceof with an object that is not callable on the right.
const Shape = {};
try {
  console.log([] instanceof Shape);
} catch (e) {
  console.log(e.message);
}
