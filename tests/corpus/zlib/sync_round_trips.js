// Every sync pair round-trips a string; the compressed bytes of a short text.
const zlib = require('zlib');
const text = 'hello hello hello world';
const pairs = [
  ['deflateSync', 'inflateSync'],
  ['deflateRawSync', 'inflateRawSync'],
  ['gzipSync', 'gunzipSync'],
  ['gzipSync', 'unzipSync'],
  ['deflateSync', 'unzipSync'],
  ['brotliCompressSync', 'brotliDecompressSync'],
];
for (const [c, d] of pairs) {
  const packed = zlib[c](text);
  console.log(c, packed.length, packed.toString('base64'), zlib[d](packed).toString() === text);
}
