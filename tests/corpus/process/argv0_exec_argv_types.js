console.log(typeof process.argv0, process.argv0.length > 0);
console.log(Array.isArray(process.execArgv), process.execArgv.length);
console.log(process.argv.length, process.argv.slice(2));
console.log(require('path').basename(process.argv[1]));
console.log(process.argv[0] === process.execPath);
