// A Writable with a small highWaterMark: write's return, drain and finish.
const { Writable } = require('stream');
const w = new Writable({
  highWaterMark: 4,
  write(chunk, enc, cb) {
    console.log('write', String(chunk));
    setImmediate(cb);
  },
});
console.log('w1', w.write('ab'));
console.log('w2', w.write('cdef'));
w.on('drain', () => {
  console.log('drain');
  w.end('z', () => console.log('end callback'));
});
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
