// A read stream and readFile on the same file, against setTimeout and setImmediate.
const fs = require('fs');
fs.readFile('file.txt', () => {
  console.log('readFile done');
  setTimeout(() => console.log('timeout in readFile'), 0);
  setImmediate(() => console.log('immediate in readFile'));
});
fs.createReadStream('file.txt')
  .on('data', () => console.log('stream data'))
  .on('end', () => console.log('stream end'))
  .on('close', () => console.log('stream close'));
