// Requiring a module that does not exist throws with code MODULE_NOT_FOUND.
try {
  require('./_does_not_exist');
} catch (e) {
  console.log(e.code);
}
try {
  require('node:not-a-builtin');
} catch (e) {
  console.log(e.code);
}
