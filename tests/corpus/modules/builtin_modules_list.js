// require('module').builtinModules lists core modules without the node: prefix.
const { builtinModules } = require('module');
for (const name of ['timers', 'events', 'path', 'util', 'fs']) console.log(name, builtinModules.includes(name));
