// Object.defineProperty on a primitive.
try {
  Object.defineProperty(1, 'x', {});
} catch (e) {
  console.log(e.message);
}
