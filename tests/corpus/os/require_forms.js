// 'os' and 'node:os' are the same object, listed among the built-in modules.
const os = require('os');
console.log(os === require('node:os'), require('module').builtinModules.includes('os'));
