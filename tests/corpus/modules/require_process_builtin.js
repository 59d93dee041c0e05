// require('process') is the global process object.
console.log(require('process') === process, require('node:process') === process);
console.log(typeof process.nextTick, typeof process.on, typeof process.exit);
