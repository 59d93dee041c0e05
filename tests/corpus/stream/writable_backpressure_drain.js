// write() returns false past highWaterMark; 'drain' fires once everything is written.
const { Writable } = require('stream');
const w = new Writable({
  highWaterMark: 5,
  write(chunk, enc, cb) {
    console.log('_write', String(chunk), 'length', this.writableLength);
    setImmediate(cb);
  },
});
w.on('drain', () => {
  console.log('drain, needDrain', w.writableNeedDrain, 'length', w.writableLength);
});
console.log('write abc', w.write('abc'));
console.log('write de', w.write('de'));
console.log('needDrain', w.writableNeedDrain, 'length', w.writableLength);
console.log('write f', w.write('f'));
