// The value of the last expression statement is the result.
const vm = require('vm');
console.log(vm.runInNewContext('1 + 2'));
console.log(vm.runInNewContext('var a = 5; a * a'));
console.log(vm.runInNewContext('if (true) { "yes" } else { "no" }'));
console.log(vm.runInNewContext('x', { x: { nested: [1, 2] } }));
console.log(vm.runInNewContext(''));
console.log(vm.runInNewContext('JSON.stringify({ a: [1, { b: 2 }] })'));
console.log(vm.runInNewContext('typeof undefinedThing'));
