// Reflect.ownKeys on a number.
try {
  Reflect.ownKeys(1);
} catch (e) {
  console.log(e.message);
}
