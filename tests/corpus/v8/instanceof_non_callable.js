// instanceof with a right side that is not callable.
try {
  console.log({} instanceof {});
} catch (e) {
  console.log(e.message);
}
