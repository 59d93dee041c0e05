// What a new context has and has not: no Node globals, a console that prints nothing.
const vm = require('vm');
const names = ['require', 'process', 'setTimeout', 'Buffer', 'module', 'console', 'globalThis', 'JSON', 'Math', 'Promise'];
for (const n of names) {
  console.log(n, vm.runInNewContext(`typeof ${n}`));
}
vm.runInNewContext('console.log("you will not see this")');
vm.runInNewContext('console.log("but this is ours")', { console });
console.log(vm.runInNewContext('this === globalThis'));
