// Object.keys(undefined).
try {
  Object.keys(undefined);
} catch (e) {
  console.log(e.message);
}
