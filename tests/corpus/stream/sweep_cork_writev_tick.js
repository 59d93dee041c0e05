const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { console.log('write', c.toString()); cb(); }, writev(chunks, cb) { console.log('writev', chunks.map(c => c.chunk.toString())); cb(); } });
w.cork(); w.write('a'); w.write('b'); console.log(w.writableCorked, w.writableLength);
process.nextTick(() => w.uncork());
w.write('c');
setTimeout(() => { w.end('z'); w.on('finish', () => console.log('finish')); }, 5);
