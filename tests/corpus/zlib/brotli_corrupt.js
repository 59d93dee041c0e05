// A corrupt brotli stream: Node's "Decompression failed" with the decoder's error code.
const zlib = require('zlib');
zlib.brotliDecompress(Buffer.from([0x1b, 0x03, 0x00, 0xf8, 0xff, 0xff, 0xff, 0xff]), (err) => {
  console.log(err.message, err.code, err.errno);
});
try {
  zlib.brotliDecompressSync(Buffer.from('hello'));
} catch (err) {
  console.log('sync', err.message, err.code, err.errno);
}
