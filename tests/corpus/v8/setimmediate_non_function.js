// setImmediate with an object instead of a function.
try {
  setImmediate({ run() {} });
} catch (e) {
  console.log(e.code);
  console.log(e.message);
}
