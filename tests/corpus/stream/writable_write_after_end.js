// write after end: ERR_STREAM_WRITE_AFTER_END to the callback and as 'error'.
const { Writable } = require('stream');
const w = new Writable({ write(chunk, enc, cb) { cb(); } });
w.on('error', (e) => console.log('error', e.code, e.message));
w.on('close', () => console.log('close'));
w.end('done');
const ret = w.write('more', (err) => console.log('write cb', err.code));
console.log('write returned', ret);
