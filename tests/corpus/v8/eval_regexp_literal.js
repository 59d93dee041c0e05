// eval of an invalid regular expression literal.
try {
  eval('/(/');
} catch (e) {
  console.log(e.message);
}
