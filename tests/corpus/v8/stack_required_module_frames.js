// An error made while a module is being required shows both modules and Node's loader frames.
const make = require('./_make_error');
console.log(make.atLoad.stack.split(__dirname).join('$DIR'));
function later() {
  return make();
}
console.log(later().stack.split(__dirname).join('$DIR'));
