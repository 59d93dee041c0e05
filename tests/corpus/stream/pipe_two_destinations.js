// One source piped into two destinations; the slower one holds the source back.
const { Readable, Writable } = require('stream');
function sink(name, delay) {
  return new Writable({
    highWaterMark: 1,
    write(chunk, enc, cb) {
      console.log(name, String(chunk));
      if (delay) setImmediate(cb); else cb();
    },
  }).on('finish', () => console.log(name, 'finish'));
}
const src = Readable.from(['x', 'y', 'z'], { objectMode: false });
src.pipe(sink('fast', false));
src.pipe(sink('slow', true));
