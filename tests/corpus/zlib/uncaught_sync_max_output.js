// maxOutputLength exceeded in a sync call: ERR_BUFFER_TOO_LARGE thrown from processChunkSync.
const zlib = require('zlib');
const packed = zlib.deflateSync('some text to compress here');
zlib.inflateSync(packed, { maxOutputLength: 4 });
