// info: true gives the engine along with the buffer.
const zlib = require('zlib');
const { buffer, engine } = zlib.gzipSync('with info', { info: true });
console.log(buffer.length, engine.constructor.name, engine.bytesWritten, engine._closed);
zlib.deflate('info again', { info: true }, (err, result) => {
  console.log(Object.keys(result), result.buffer.length, result.engine.constructor.name, result.engine.bytesWritten);
});
