// write() return values past the high-water mark, then 'drain', end() and the finish events.
const { Writable } = require('stream');
const w = new Writable({
  highWaterMark: 3,
  write(chunk, enc, cb) { console.log('write', chunk.toString(), enc); setTimeout(cb, 1); },
});
for (const s of ['ab', 'cd', 'ef', 'g']) console.log('ret', s, w.write(s), w.writableLength, w.writableNeedDrain);
w.on('drain', () => { console.log('drain', w.writableLength); w.end('z', () => console.log('end cb')); });
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
w.on('prefinish', () => console.log('prefinish'));
