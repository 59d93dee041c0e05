// JavaScript runs on one thread; the file is read by libuv's thread pool meanwhile.
const fs = require('fs');

console.log('1. ask libuv to read file.txt');
fs.readFile('file.txt', 'utf8', (err, text) => {
  console.log('3. the read is done:', text.split('\n')[0]);
});
console.log('2. the main script goes on at once');
