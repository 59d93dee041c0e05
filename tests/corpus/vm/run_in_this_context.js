// runInThisContext runs in our global scope, without the module's locals.
const vm = require('vm');
const local = 'module local';
globalThis.shared = 'global value';
console.log(vm.runInThisContext('typeof local'), vm.runInThisContext('shared'));
console.log(eval('typeof local'));
vm.runInThisContext('var fromScript = 42; function helper() { return fromScript + 1; }');
console.log(globalThis.fromScript, helper());
console.log(vm.runInThisContext('typeof require'), vm.runInThisContext('typeof setTimeout'));
const arr = vm.runInThisContext('[1, 2]');
console.log(arr instanceof Array);
