// An uncaught ReferenceError from a misspelled function name.
function greet() {
  return 'hi';
}
console.log(gret());
