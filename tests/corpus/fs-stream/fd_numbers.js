// Descriptor numbers: lowest free, reused after close.
const fs = require('fs');
const a = fs.openSync('file.txt', 'r');
const b = fs.openSync('file.txt', 'r');
fs.closeSync(a);
const c = fs.openSync('file.txt', 'r');
console.log(a === c, b - a, typeof a);
fs.closeSync(b);
fs.closeSync(c);
fs.open('file.txt', (err, fd) => {
  console.log('async open reuses', fd === a);
  fs.closeSync(fd);
});
