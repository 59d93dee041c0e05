// A writable with highWaterMark 3: write returns false, drain, then end.
const { Writable } = require('stream');
const w = new Writable({
  highWaterMark: 3,
  write(chunk, enc, cb) { console.log('write', chunk.toString()); setTimeout(cb, 1); },
});
console.log(w.write('ab'));
console.log(w.write('cd'));
console.log(w.writableLength, w.writableNeedDrain);
w.on('drain', () => { console.log('drain'); w.end('ef'); });
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
