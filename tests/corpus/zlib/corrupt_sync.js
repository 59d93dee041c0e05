// Corrupt input to the sync forms throws Node's errors.
const zlib = require('zlib');
const attempts = {
  'inflate garbage': () => zlib.inflateSync(Buffer.from('hello world')),
  'gunzip garbage': () => zlib.gunzipSync(Buffer.from('hello world')),
  'truncated deflate': () => zlib.inflateSync(zlib.deflateSync('some text to cut').subarray(0, 6)),
  'truncated gzip': () => zlib.gunzipSync(zlib.gzipSync('some text to cut').subarray(0, 12)),
  'bad raw': () => zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff])),
  'brotli truncated': () => zlib.brotliDecompressSync(zlib.brotliCompressSync('abc').subarray(0, 3)),
  'bad checksum': () => {
    const buf = zlib.deflateSync('checksum me');
    buf[buf.length - 1] ^= 1;
    return zlib.inflateSync(buf);
  },
};
for (const [name, fn] of Object.entries(attempts)) {
  try {
    fn();
    console.log(name, 'ok');
  } catch (err) {
    console.log(name, '->', err.name, err.message, err.errno, err.code);
  }
}
