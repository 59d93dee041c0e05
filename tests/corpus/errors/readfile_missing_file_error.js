// Errors from async fs APIs arrive as the callback's first argument, not as exceptions.
const fs = require('node:fs');
fs.readFile('./_no_such_file.txt', (err, data) => {
  console.log(err.code, err.syscall, data);
});
console.log('readFile called');
