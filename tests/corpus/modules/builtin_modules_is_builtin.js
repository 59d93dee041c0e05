// module.builtinModules is Node 20's whole list (68 names, frozen); isBuiltin knows the node:-only ones.
const Module = require('module');
console.log(typeof Module, Module === Module.Module);
console.log(Module.builtinModules.length, Module.builtinModules.includes('fs'), Module.builtinModules.includes('node:test'));
console.log(['fs', 'node:fs', 'test', 'node:test', 'fs/promises', 'lodash', 'node:lodash', './x'].map((n) => `${n}=${Module.isBuiltin(n)}`).join(' '));
const { builtinModules: bm } = require('node:module');
console.log(bm.filter((n) => n.startsWith('_')).length, bm.filter((n) => n.includes('/')).join(','));
console.log(Object.isFrozen(Module.builtinModules));
