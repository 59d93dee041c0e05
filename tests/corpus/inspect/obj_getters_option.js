// getters: true evaluates getters.
const util = require('util');
console.log(util.inspect({ get a() { return 1; }, get o() { return { x: 1 }; }, get n() { return null; }, get s() { return 'str'; }, set s(v) {} }, { getters: true }));
