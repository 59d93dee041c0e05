// Empty inputs in every form.
const zlib = require('zlib');
console.log(zlib.gzipSync('').toString('hex'));
console.log(zlib.deflateSync(Buffer.alloc(0)).toString('hex'));
console.log(zlib.deflateRawSync('').toString('hex'));
console.log(zlib.brotliCompressSync('').toString('hex'));
console.log(JSON.stringify(zlib.gunzipSync(zlib.gzipSync('')).toString()));
zlib.gzip('', (err, buf) => console.log('async', buf.toString('hex')));
try {
  zlib.inflateSync(Buffer.alloc(0));
} catch (err) {
  console.log(err.message, err.code);
}
