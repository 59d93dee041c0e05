// Object.create with a number prototype.
try {
  Object.create(1);
} catch (e) {
  console.log(e.message);
}
