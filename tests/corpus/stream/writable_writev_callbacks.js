// _writev with per-write callbacks: each buffered write's callback runs after the batch.
const { Writable } = require('stream');
const w = new Writable({
  write(chunk, enc, cb) {
    console.log('_write', String(chunk));
    setImmediate(cb);
  },
  writev(chunks, cb) {
    console.log('_writev', chunks.length, chunks.map((c) => c.encoding).join(','));
    setImmediate(cb);
  },
});
w.write('a', () => console.log('cb a'));
w.write('b', () => console.log('cb b'));
w.write('c', 'utf8', () => console.log('cb c'));
w.end(() => console.log('end cb'));
w.on('finish', () => console.log('finish'));
