// unpipe stops the flow and emits 'unpipe'.
const { Readable, Writable } = require('stream');
const src = new Readable({ read() {} });
const dest = new Writable({
  write(chunk, enc, cb) {
    console.log('write', String(chunk));
    cb();
  },
});
dest.on('unpipe', (s) => console.log('unpipe', s === src));
src.pipe(dest);
src.push('a');
setImmediate(() => {
  src.unpipe(dest);
  console.log('flowing', src.readableFlowing);
  src.push('b');
  setImmediate(() => console.log('buffered', src.readableLength));
});
