// The `in` operator on a variable left undefined.
let options;
try {
  console.log('debug' in options);
} catch (e) {
  console.log(e.message);
}
