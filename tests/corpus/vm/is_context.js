// createContext returns its argument, contextified; isContext checks.
const vm = require('vm');
const o = {};
console.log(vm.isContext(o));
const c = vm.createContext(o);
console.log(c === o, vm.isContext(o), vm.createContext(o) === o);
const empty = vm.createContext();
console.log(empty, vm.isContext(empty));
for (const bad of [5, 'str', null]) {
  try { vm.isContext(bad); } catch (e) { console.log(e.code, e.message); }
}
try { vm.runInContext('1', {}); } catch (e) { console.log(e.code, e.message); }
try { vm.createContext(7); } catch (e) { console.log(e.code, e.message); }
console.log(Object.keys(vm));
