// A throwing getter reports the error message when getters are on.
const util = require('util');
console.log(util.inspect({ get bad() { throw new Error('nope'); } }, { getters: true }));
