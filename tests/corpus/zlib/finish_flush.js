// finishFlush: Z_SYNC_FLUSH reads a truncated stream without "unexpected end of file".
const zlib = require('zlib');
const packed = zlib.gzipSync('a message that will be cut in half');
const half = packed.subarray(0, packed.length - 12);
console.log(zlib.gunzipSync(half, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
try {
  zlib.gunzipSync(half);
} catch (err) {
  console.log(err.message);
}
