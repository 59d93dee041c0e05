// cork() buffers; uncork() hands everything to _writev in one call.
const { Writable } = require('stream');
const w = new Writable({
  write(chunk, enc, cb) {
    console.log('_write', String(chunk));
    cb();
  },
  writev(chunks, cb) {
    console.log('_writev', chunks.map((c) => String(c.chunk)), chunks.length);
    cb();
  },
});
w.write('first');
w.cork();
w.write('a');
w.write('b');
w.write('c', () => console.log('cb c'));
console.log('corked', w.writableCorked, 'buffered', w.writableBuffer.length);
process.nextTick(() => {
  w.uncork();
  console.log('uncorked', w.writableCorked);
  w.end('last');
});
w.on('finish', () => console.log('finish'));
