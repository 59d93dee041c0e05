// zlib.constants, zlib.codes and the legacy top-level constants.
const zlib = require('zlib');
const c = zlib.constants;
console.log(Object.keys(c).length, Object.isFrozen(c));
console.log(c.Z_BEST_COMPRESSION, c.Z_DEFAULT_CHUNK, c.BROTLI_PARAM_QUALITY, c.BROTLI_MAX_QUALITY);
console.log(zlib.codes);
console.log(zlib.Z_SYNC_FLUSH, zlib.Z_DEFAULT_WINDOWBITS, zlib.BROTLI_PARAM_MODE, zlib.Z_MAX_CHUNK);
console.log(Object.keys(zlib));
console.log(Object.getOwnPropertyDescriptor(zlib, 'Z_FINISH'));
console.log(Object.getOwnPropertyDescriptor(zlib, 'constants').writable);
