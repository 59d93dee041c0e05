// unzip detects gzip or zlib headers; gunzip reads concatenated members.
const zlib = require('zlib');
console.log(zlib.unzipSync(zlib.gzipSync('from gzip')).toString());
console.log(zlib.unzipSync(zlib.deflateSync('from deflate')).toString());
const two = Buffer.concat([zlib.gzipSync('member one, '), zlib.gzipSync('member two')]);
console.log(zlib.gunzipSync(two).toString());
console.log(zlib.unzipSync(two).toString());
const padded = Buffer.concat([zlib.gzipSync('padded'), Buffer.alloc(8)]);
console.log(zlib.gunzipSync(padded).toString());
try {
  zlib.gunzipSync(Buffer.concat([zlib.gzipSync('trailing'), Buffer.from('junk')]));
} catch (err) {
  console.log(err.message, err.code);
}
console.log(zlib.inflateSync(Buffer.concat([zlib.deflateSync('extra after end'), Buffer.from('zzz')])).toString());
