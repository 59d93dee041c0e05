// finished() reports a close before the end as ERR_STREAM_PREMATURE_CLOSE.
const { finished, Readable, Writable } = require('stream');
const r = new Readable({ read() {} });
finished(r, (err) => console.log('readable', err && err.code, err && err.message));
r.destroy();
const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w, (err) => console.log('writable', err && err.code));
w.write('x');
w.destroy();
