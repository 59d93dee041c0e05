// Argument validation in Node's words.
const zlib = require('zlib');
const tries = [
  () => zlib.gzipSync(42),
  () => zlib.gzipSync({}),
  () => zlib.deflateSync('x', { level: 10 }),
  () => zlib.deflateSync('x', { level: 'high' }),
  () => zlib.deflateSync('x', { windowBits: 7 }),
  () => zlib.gzipSync('x', { windowBits: 8 }),
  () => zlib.deflateSync('x', { memLevel: 0 }),
  () => zlib.deflateSync('x', { strategy: 5 }),
  () => zlib.deflateSync('x', { chunkSize: 10 }),
  () => zlib.deflateSync('x', { level: Infinity }),
  () => zlib.deflateSync('x', { flush: 9 }),
  () => zlib.deflateSync('x', { maxOutputLength: 0 }),
  () => zlib.deflateSync('x', { dictionary: 'words' }),
  () => zlib.brotliCompressSync('x', { params: { 100: 1 } }),
  () => zlib.brotliCompressSync('x', { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 'max' } }),
  () => zlib.gzip('x'),
  () => zlib.gzip('x', {}, 'not a function'),
];
for (const t of tries) {
  try {
    t();
    console.log('no error');
  } catch (err) {
    console.log(`${err.name} [${err.code}]: ${err.message}`);
  }
}
