// require('module') is the Module constructor itself, with the loader's statics.
const Module = require('module');
console.log(typeof Module, Module.name, Module.Module === Module);
console.log(Object.keys(Module).join(','));
console.log(Object.keys(Module._extensions), typeof Module._cache, typeof Module._resolveFilename);
console.log(require.cache === Module._cache, Object.keys(require.cache).length);
console.log(module instanceof Module, require.main === module, module.constructor === Module);
