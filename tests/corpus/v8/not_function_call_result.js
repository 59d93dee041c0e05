// Calling the result of a call: make()() when make returns an object.
function make() {
  return {};
}
try {
  make()();
} catch (e) {
  console.log(e.message);
}
