// arr[0]() where the element is not a function.
const arr = [1, 2, 3];
try {
  arr[0]();
} catch (e) {
  console.log(e.message);
}
