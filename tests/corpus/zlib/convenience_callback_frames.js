// zlib's convenience methods call back from the engine's listeners as `this.cb(...)`: V8 names
// the callback for the engine (`Gzip.cb`) above Node's zlibBufferOnEnd / zlibBufferOnError.
const zlib = require('zlib');
const top = (e) => e.stack.split('\n').slice(0, 4).join('\n').replaceAll(__dirname, '.');
zlib.gunzip(Buffer.from('not gzip'), (err) => {
  console.log(err.code);
  console.log(top(new Error('after error')));
  zlib.gzip('a', { info: true }, (err, result) => {
    console.log(result.engine.constructor.name);
    console.log(top(new Error('with info')));
    // Uncaught from the callback: the report's frames are Node's.
    zlib.deflate('a', (err, buf) => { throw new Error('deflated ' + buf.length); });
  });
});
