// instanceof with a number on the right.
try {
  console.log({} instanceof 42);
} catch (e) {
  console.log(e.message);
}
