// The filename option: a string or { filename }; errors name it.
const vm = require('vm');
try {
  vm.runInNewContext('\n\n  missing.call()', {}, 'named.js');
} catch (e) {
  console.log(e.name, e.message);
}
const s = new vm.Script('x * 2', { filename: 'double.js' });
console.log(s.runInNewContext({ x: 21 }));
console.log(s);
console.log(Object.getOwnPropertyNames(vm.Script.prototype));
