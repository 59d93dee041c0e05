// The subpath built-ins are the same objects as their parents' properties.
const types = require('util/types');
console.log(types === require('util').types, types.isDate(new Date()), types.isPromise(Promise.resolve()));
console.log(require('path/win32') === require('path').win32, require('node:path/posix') === require('path').posix);
console.log(require('path/win32').join('a', 'b'));
console.log(require('timers/promises') === require('node:timers/promises'));
console.log(require('_stream_readable') === require('stream').Readable);
console.log(require('_stream_transform') === require('stream').Transform);
console.log(require('node:module') === require('module'));
console.log(require('sys') === require('util'));
console.log(typeof require('module').isBuiltin, require('module').builtinModules.includes('sys'));
