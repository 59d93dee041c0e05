const { Writable } = require('stream');
const w = new Writable({
  writev(chunks, cb) { console.log('writev', chunks.map((c) => c.chunk.toString()).join('|')); cb(); },
  write(c, e, cb) { console.log('write', c.toString()); cb(); },
});
w.cork();
w.write('a');
w.write('b');
process.nextTick(() => { console.log('uncork'); w.uncork(); });
w.write('c');
Promise.resolve().then(() => console.log('micro', w.writableLength, w.writableCorked));
setImmediate(() => { w.write('d'); w.end(); });
w.on('finish', () => console.log('finish'));
