// pop() on a frozen array cannot delete its last element.
const stack = Object.freeze([1, 2, 3]);
try {
  stack.pop();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
