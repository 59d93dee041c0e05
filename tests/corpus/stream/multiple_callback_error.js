// Calling `_write`'s callback twice: ERR_MULTIPLE_CALLBACK, emitted as 'error'.
const { Writable } = require('stream');
const out = new Writable({ write(chunk, enc, cb) { cb(); cb(); } });
out.on('error', (e) => console.log(e.stack.replaceAll(__dirname, '.')));
out.write('x');
