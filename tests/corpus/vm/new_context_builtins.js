// A new context has its own built-ins: objects made there are not instances of ours.
const vm = require('vm');
const arr = vm.runInNewContext('[1, 2, 3]');
console.log(arr instanceof Array, Array.isArray(arr), arr);
const obj = vm.runInNewContext('({ a: 1 })');
console.log(obj instanceof Object, Object.getPrototypeOf(obj) === Object.prototype, obj);
const err = vm.runInNewContext('new TypeError("made there")');
console.log(err instanceof TypeError, err instanceof Error, err.name, err.message);
const ctx = vm.createContext({ Outside: Array });
console.log(vm.runInContext('[] instanceof Outside', ctx), vm.runInContext('[] instanceof Array', ctx));
console.log(vm.runInNewContext('Array === this.Array'), vm.runInNewContext('typeof Array'));
const fn = vm.runInNewContext('(x) => x * 2');
console.log(fn(21), fn instanceof Function, typeof fn);
