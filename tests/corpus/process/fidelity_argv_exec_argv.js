// argv: the node binary, the script, then the arguments; execArgv holds node's own options.
const path = require('path');
console.log(process.argv.length, path.basename(process.argv[1]));
console.log(process.execArgv);
console.log(path.isAbsolute(process.argv[0]), process.argv[0] === process.execPath);
