// process.argv: the executable, then the absolute path of the main file, then the arguments.
const path = require('path');
console.log(process.argv.length);
console.log(path.isAbsolute(process.argv[0]), process.argv[0] === process.execPath);
console.log(process.argv[1] === __filename, path.basename(process.argv[1]));
console.log(typeof process.argv0, typeof process.execPath, path.isAbsolute(process.execPath));
console.log(Array.isArray(process.execArgv), process.execArgv.length);
