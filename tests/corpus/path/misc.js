// sep, delimiter, isAbsolute, toNamespacedPath, path.posix and path/posix.
const path = require('path');
console.log(path.sep, path.delimiter, path.posix === path, path.posix.sep);
for (const p of ['/a', 'a', '', './a', '//', '\\a']) console.log(JSON.stringify(p), path.isAbsolute(p));
console.log(path.toNamespacedPath('/a/b'), path.toNamespacedPath('x'));
console.log(require('node:path') === path, require('path/posix') === path.posix);
