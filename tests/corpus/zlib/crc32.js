// zlib.crc32 (in Node 20.15 and later).
const zlib = require('zlib');
console.log(zlib.crc32('hello'));
console.log(zlib.crc32(Buffer.from('hello')));
console.log(zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32('hello world'));
console.log(zlib.crc32(''));
try {
  zlib.crc32(5);
} catch (err) {
  console.log(err.code, err.message);
}
