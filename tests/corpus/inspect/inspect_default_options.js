// util.inspect.defaultOptions has Node 20's defaults.
const util = require('util');
console.log(util.inspect.defaultOptions);
