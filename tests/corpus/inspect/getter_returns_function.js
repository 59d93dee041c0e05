// A getter returning a function, with getters on.
console.log(require('util').inspect({ get f() { return function inner() {}; } }, { getters: true }));
