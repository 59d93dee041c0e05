// Uncaught, a sync decompression error points at Node's `throw self[kError]`.
const zlib = require('zlib');
const notGzip = Buffer.from('definitely not gzip');
zlib.gunzipSync(notGzip);
