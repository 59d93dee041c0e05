// reset() starts a new stream with the same settings.
const zlib = require('zlib');
const deflate = zlib.createDeflate();
console.log(typeof deflate.reset());
console.log(zlib.inflateSync(zlib.deflateSync('after reset')).toString());
deflate.close();
