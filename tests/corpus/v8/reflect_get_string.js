// Reflect.get on a string.
try {
  Reflect.get('abc', 'length');
} catch (e) {
  console.log(e.message);
}
