// Two functions deprecated under one code warn only once between them.
const util = require('util');
const a = util.deprecate(() => 'a', 'a is old', 'DEP0998');
const b = util.deprecate(() => 'b', 'b is old', 'DEP0998');
console.log(a(), b(), a());
