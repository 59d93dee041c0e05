// `console.log(module)` and `console.log(require)` as Node 20.20 prints them: a module shows as
// a plain object (Module.prototype's `constructor` is a getter) with the loader's flags, and
// require's properties are resolve, main, extensions, cache.
const util = require('util');
// (`paths` stays folded: the folders above the case's own depend on the checkout.)
const show = (v, depth) => console.log(util.inspect(v, { depth }).split(__dirname).join('.'));
show(module, 0);
show(require, 1);
require('./_module_child.js');
show(require.cache[require.resolve('./_module_child.js')], 0);
console.log(Object.keys(require), require.resolve.paths.name, module.constructor === require('module'));
