// compileFunction: a body with parameters, and objects whose properties are in scope.
const vm = require('vm');
const add = vm.compileFunction('return a + b', ['a', 'b']);
console.log(add(2, 3), add.length, JSON.stringify(add.name));
const withExt = vm.compileFunction('return greeting + ", " + who', ['who'], {
  contextExtensions: [{ greeting: 'hello' }],
});
console.log(withExt('world'));
const ctx = vm.createContext({ base: 100 });
const inCtx = vm.compileFunction('return base + n', ['n'], { parsingContext: ctx });
console.log(inCtx(1));
try { vm.compileFunction('return 1', 'a'); } catch (e) { console.log(e.code, e.message); }
