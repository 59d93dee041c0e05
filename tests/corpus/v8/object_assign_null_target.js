// Object.assign with a null target.
try {
  Object.assign(null, { a: 1 });
} catch (e) {
  console.log(e.message);
}
