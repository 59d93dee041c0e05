// new RegExp with an invalid flag.
try {
  new RegExp('a', 'gq');
} catch (e) {
  console.log(e.message);
}
