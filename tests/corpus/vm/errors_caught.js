// Errors thrown in a script: their class belongs to the script's context.
const vm = require('vm');
try {
  vm.runInNewContext('throw new TypeError("bad input")');
} catch (e) {
  console.log(e instanceof TypeError, e.name, e.message, e.constructor.name);
}
try {
  vm.runInThisContext('throw new TypeError("here")');
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
try {
  vm.runInNewContext('undefinedFunction()');
} catch (e) {
  console.log(e.name, e.message);
}
try {
  vm.runInNewContext('null.property');
} catch (e) {
  console.log(e.name, e.message);
}
try {
  vm.runInNewContext('throw "a string"');
} catch (e) {
  console.log(typeof e, e);
}
