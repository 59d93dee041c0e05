// Spreading an object into call arguments.
const args = { 0: 1, length: 1 };
try {
  Math.max(...args);
} catch (e) {
  console.log(e.message);
}
