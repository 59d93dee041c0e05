// Brotli with quality and mode params; sizes and round trips.
const zlib = require('zlib');
const text = 'Brotli brotli brotli, compress me please. '.repeat(10);
const { BROTLI_PARAM_QUALITY, BROTLI_PARAM_MODE, BROTLI_MODE_TEXT, BROTLI_PARAM_SIZE_HINT } = zlib.constants;
for (const quality of [0, 1, 11]) {
  const out = zlib.brotliCompressSync(text, { params: { [BROTLI_PARAM_QUALITY]: quality } });
  console.log('quality', quality, out.length, out.toString('base64').slice(0, 24), zlib.brotliDecompressSync(out).toString() === text);
}
const text2 = zlib.brotliCompressSync('short text', { params: { [BROTLI_PARAM_MODE]: BROTLI_MODE_TEXT, [BROTLI_PARAM_SIZE_HINT]: 10 } });
console.log(text2.toString('hex'));
