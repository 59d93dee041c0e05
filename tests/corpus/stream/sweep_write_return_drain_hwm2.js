const { Writable } = require('stream');
const w = new Writable({
  highWaterMark: 2,
  write(chunk, enc, cb) { console.log('write', chunk.toString()); setTimeout(cb, 1); },
});
w.on('drain', () => console.log('drain', w.writableLength));
for (const s of ['a', 'b', 'cd', 'e']) console.log('ret', s, w.write(s), w.writableLength, w.writableNeedDrain);
w.end(() => console.log('ended'));
