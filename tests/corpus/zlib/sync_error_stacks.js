// A failing sync call's error is made by zlibOnError under processChunkSync: Node's frames
// sit between the error and the caller, for each convenience method and for _processChunk.
const zlib = require('zlib');
const full = zlib.deflateSync('some text to compress here');
function attempt(label, f) {
  try {
    f();
  } catch (e) {
    console.error(label, e.stack);
    console.error(e);
  }
}
attempt('truncated', () => zlib.inflateSync(full.subarray(0, 8)));
attempt('brotli', () => zlib.brotliDecompressSync(Buffer.from('bad brotli')));
attempt('raw', () => zlib.inflateRawSync(Buffer.from([0xff, 0xff])));
attempt('too large', () => zlib.inflateSync(full, { maxOutputLength: 4 }));
attempt('unzip', () => zlib.unzipSync(Buffer.from('xyz')));
attempt('_processChunk', () => new zlib.Inflate()._processChunk(Buffer.from('xx'), zlib.constants.Z_FINISH));
