// A sandbox's properties are the script's globals; its vars and assignments land on it.
const vm = require('vm');
const sandbox = { animal: 'cat', count: 2 };
vm.createContext(sandbox);
vm.runInContext('count += 1; var name = "kitty"; legs = 4; function speak() { return animal + " says meow"; }', sandbox);
console.log(sandbox.count, sandbox.name, sandbox.legs, typeof sandbox.speak);
console.log(sandbox.speak());
sandbox.animal = 'dog';
console.log(sandbox.speak());
console.log(Object.keys(sandbox));
