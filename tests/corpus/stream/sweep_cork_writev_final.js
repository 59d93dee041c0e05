// Nested cork/uncork batches into writev; _final before prefinish and finish.
const { Writable } = require('stream');
const w = new Writable({
  writev(chunks, cb) { console.log('writev', chunks.map(c => c.chunk.toString() + ':' + c.encoding)); cb(); },
  write(c, e, cb) { console.log('write', c.toString()); cb(); },
  final(cb) { console.log('final'); setTimeout(cb, 1); },
});
w.on('prefinish', () => console.log('prefinish'));
w.on('finish', () => console.log('finish'));
w.write('a');
w.cork();
w.write('b'); w.write('c', 'latin1');
w.cork();
w.write('d');
w.uncork();
console.log('after one uncork', w.writableCorked);
w.uncork();
console.log('after second uncork', w.writableCorked);
w.end('e');
console.log('ended', w.writableEnded, w.writableFinished);
