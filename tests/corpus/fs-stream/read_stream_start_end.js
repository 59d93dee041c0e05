// start and end (inclusive) select a byte range.
const fs = require('fs');
fs.createReadStream('file.txt', { start: 6, end: 9 })
  .on('data', (d) => console.log('range', JSON.stringify(String(d))))
  .on('end', () => console.log('end'));
fs.createReadStream('bigfile.txt', { start: 100000, highWaterMark: 100000 })
  .on('data', (d) => console.log('tail chunk', d.length))
  .on('close', () => console.log('tail close'));
try {
  fs.createReadStream('file.txt', { start: 5, end: 2 });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
