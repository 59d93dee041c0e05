// getters: 'get' and 'set' pick accessors without or with setters.
const util = require('util');
const o = { get g() { return 1; }, get gs() { return 2; }, set gs(v) {} };
console.log(util.inspect(o, { getters: 'get' }));
console.log(util.inspect(o, { getters: 'set' }));
