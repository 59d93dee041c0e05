// Passing host functions in: a script can schedule work with the timers we give it.
const vm = require('vm');
const sandbox = { setTimeout, console, results: [] };
vm.createContext(sandbox);
vm.runInContext(`
  setTimeout(() => { results.push('timer'); console.log('timer fired', results.length); }, 5);
  results.push('sync');
`, sandbox);
console.log('after run', sandbox.results);
setTimeout(() => console.log('final', sandbox.results), 20);
