// Object.values of a missing argument inside a function.
function count(obj) {
  return Object.values(obj).length;
}
try {
  count();
} catch (e) {
  console.log(e.message);
}
