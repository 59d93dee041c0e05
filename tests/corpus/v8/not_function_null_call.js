// null() is a TypeError at run time: "null is not a function".
try {
  null();
} catch (e) {
  console.log(String(e));
}
