// A Transform whose readable side is full holds back the write callback until read.
const { Transform } = require('stream');
const t = new Transform({
  readableHighWaterMark: 2,
  writableHighWaterMark: 2,
  transform(chunk, enc, cb) {
    console.log('_transform', String(chunk));
    cb(null, chunk);
  },
});
for (const s of ['a', 'b', 'c', 'd']) console.log('write', s, t.write(s, () => console.log('cb', s)));
setImmediate(() => {
  console.log('reading', t.readableLength, t.writableLength);
  t.on('data', (c) => console.log('data', String(c)));
});
