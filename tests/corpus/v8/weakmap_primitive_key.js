// A WeakMap key that is a primitive.
try {
  new WeakMap().set('k', 1);
} catch (e) {
  console.log(e.message);
}
