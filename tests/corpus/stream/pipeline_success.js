// pipeline: source → transform → sink; the callback comes after 'finish' and 'close'.
const { pipeline, Readable, Transform, Writable } = require('stream');
const src = Readable.from(['a', 'b', 'c']);
const upper = new Transform({
  objectMode: true,
  transform(chunk, enc, cb) {
    cb(null, chunk.toUpperCase());
  },
});
const out = [];
const sink = new Writable({
  objectMode: true,
  write(chunk, enc, cb) {
    out.push(chunk);
    cb();
  },
});
for (const [name, s] of [['src', src], ['upper', upper], ['sink', sink]]) {
  s.on('close', () => console.log(name, 'close'));
}
sink.on('finish', () => console.log('sink finish'));
const ret = pipeline(src, upper, sink, (err) => {
  console.log('pipeline callback', err, out);
});
console.log('returns last', ret === sink);
