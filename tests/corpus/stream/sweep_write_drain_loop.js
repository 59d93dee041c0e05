const { Writable } = require('stream');
const w = new Writable({ highWaterMark: 3, write(chunk, enc, cb) { console.log('write', chunk.toString(), enc); setTimeout(cb, 1); } });
let i = 0;
function go() { let ok = true; while (i < 6 && ok) { ok = w.write('x' + i++); console.log('ok', ok, w.writableLength, w.writableNeedDrain); } if (i < 6) w.once('drain', () => { console.log('drain'); go(); }); else w.end('end', () => console.log('end cb')); }
go();
w.on('finish', () => console.log('finish')); w.on('close', () => console.log('close'));
