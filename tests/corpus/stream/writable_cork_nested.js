// Nested cork needs as many uncork calls; end() uncorks fully.
const { Writable } = require('stream');
const w = new Writable({
  writev(chunks, cb) {
    console.log('_writev', chunks.map((c) => String(c.chunk)).join(','));
    cb();
  },
});
w.cork();
w.cork();
w.write('x');
w.uncork();
console.log('still corked', w.writableCorked);
w.write('y');
w.end('z');
console.log('after end corked', w.writableCorked);
w.on('finish', () => console.log('finish'));
