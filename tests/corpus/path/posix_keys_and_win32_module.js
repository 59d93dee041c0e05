// The path module's shape: its keys in Node's order, path/win32 and path/posix.
const path = require('path');
console.log(Object.keys(path));
console.log(require('path/win32') === path.win32, require('path/posix') === path.posix);
console.log(path.posix.sep, path.win32.sep, path.toNamespacedPath('/a/b'), path._makeLong === path.toNamespacedPath);
console.log(path.win32._makeLong === path.win32.toNamespacedPath, typeof path.win32.matchesGlob);
