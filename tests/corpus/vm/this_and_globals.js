// `this` at the top of a script is the context's global, not the sandbox object itself.
const vm = require('vm');
const sandbox = vm.createContext({ x: 1 });
const g = vm.runInContext('this', sandbox);
console.log(g === sandbox, typeof g, g.x);
console.log(vm.runInContext('globalThis.x + this.x', sandbox));
vm.runInContext('this.y = 5; globalThis.z = 6;', sandbox);
console.log(sandbox.y, sandbox.z);
console.log(vm.runInContext('typeof x', sandbox), vm.runInContext('typeof missing', sandbox));
