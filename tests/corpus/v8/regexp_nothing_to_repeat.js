// A quantifier with nothing to repeat.
try {
  new RegExp('*a');
} catch (e) {
  console.log(e.message);
}
