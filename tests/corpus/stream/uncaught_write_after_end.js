// write() after end(): the error is made in Node's `_write` and emitted on a tick; unhandled,
// it ends the process with Node's frames and where it was emitted.
const { Writable } = require('stream');
const out = new Writable({ write(chunk, enc, cb) { cb(); } });
out.end('last');
out.write('too late');
