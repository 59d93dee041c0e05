// A failing stage destroys every stream; the callback gets the first error.
const { pipeline, Readable, Transform, Writable } = require('stream');
let n = 0;
const src = new Readable({
  read() {
    n++;
    this.push(n <= 5 ? `chunk${n}` : null);
  },
});
const failing = new Transform({
  transform(chunk, enc, cb) {
    if (String(chunk) === 'chunk3') return cb(new Error('stage failed at chunk3'));
    console.log('transform', String(chunk));
    cb(null, chunk);
  },
});
const sink = new Writable({
  write(chunk, enc, cb) {
    console.log('sink', String(chunk));
    cb();
  },
});
for (const [name, s] of [['src', src], ['failing', failing], ['sink', sink]]) {
  s.on('close', () => console.log(name, 'close', s.destroyed));
}
pipeline(src, failing, sink, (err) => {
  console.log('callback', err && err.message);
});
