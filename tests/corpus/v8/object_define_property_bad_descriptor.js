// Object.defineProperty with a descriptor that is not an object.
try {
  Object.defineProperty({}, 'x', 1);
} catch (e) {
  console.log(e.message);
}
