// 'sys' is util, with a deprecation warning the first time it loads.
const sys = require('sys');
console.log(sys === require('util'), require('sys') === sys);
console.log(sys.format('%s=%d', 'x', 1));
