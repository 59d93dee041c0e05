// process.getBuiltinModule (Node 20.16+): a built-in by any id require() accepts, undefined for
// anything else (never a file); ids that need the scheme (node:test) are undefined without it.
const fs = process.getBuiltinModule('fs');
console.log(fs === require('node:fs'), typeof process.getBuiltinModule('node:path').join);
console.log(process.getBuiltinModule('test'), typeof process.getBuiltinModule('node:events'));
console.log(process.getBuiltinModule('./local'), process.getBuiltinModule('left-pad'));
try {
  process.getBuiltinModule(42);
} catch (e) {
  console.log(e.code, e.message);
}
