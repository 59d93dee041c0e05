// With process.noDeprecation set first, deprecate returns the function unchanged.
const util = require('util');
process.noDeprecation = true;
const f = () => 1;
console.log(util.deprecate(f, 'msg') === f);
util.deprecate(f, 'msg')();
