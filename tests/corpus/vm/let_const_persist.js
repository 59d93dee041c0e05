// let and const stay in the context between runs, but are not properties of the sandbox.
const vm = require('vm');
const ctx = vm.createContext({});
vm.runInContext('let counter = 1; const NAME = "n"; var v = 2;', ctx);
console.log(Object.keys(ctx), ctx.counter, ctx.v);
console.log(vm.runInContext('counter += 1; counter + NAME', ctx));
