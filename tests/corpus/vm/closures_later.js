// Functions made in a context keep reading and writing the sandbox afterwards.
const vm = require('vm');
const sandbox = { hits: 0, log: [] };
vm.createContext(sandbox);
vm.runInContext('function hit(who) { hits++; log.push(who); return hits; }', sandbox);
console.log(sandbox.hit('a'), sandbox.hit('b'));
console.log(sandbox.hits, sandbox.log);
setTimeout(() => {
  console.log('later', sandbox.hit('c'), sandbox.hits);
}, 1);
