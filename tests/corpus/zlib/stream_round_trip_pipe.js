// gzip piped into gunzip, collected.
const zlib = require('zlib');
const { Readable } = require('stream');
const parts = [];
Readable.from(['one ', 'two ', 'three ', 'four'])
  .pipe(zlib.createGzip())
  .pipe(zlib.createGunzip())
  .on('data', (d) => parts.push(d.toString()))
  .on('end', () => console.log('round trip:', parts.join('')));
