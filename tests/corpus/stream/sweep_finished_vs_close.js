const { Writable, finished } = require('stream');
const w = new Writable({ write(c, e, cb) { process.nextTick(cb); } });
finished(w, (err) => console.log('finished', err));
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
w.write('a');
w.end('b', () => console.log('end cb'));
setImmediate(() => console.log('imm'));
