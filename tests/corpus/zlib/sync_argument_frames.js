// A zlib convenience method given something that is not a buffer: zlibBufferSync throws
// under the method's syncBufferWrapper, named by the property it was called as.
const zlib = require('zlib');
const show = (e) => console.log(e.stack.split(__dirname).join('.'));
for (const call of [() => zlib.gzipSync(1), () => zlib.inflateRawSync({}), () => zlib.brotliCompressSync(null)]) {
  try { call(); } catch (e) { show(e); }
}
zlib.deflateSync(true);
