// Destroying a middle stream without an error: ERR_STREAM_PREMATURE_CLOSE.
const { pipeline, Readable, PassThrough, Writable } = require('stream');
const src = new Readable({ read() {} });
const middle = new PassThrough();
const sink = new Writable({ write(c, e, cb) { cb(); } });
pipeline(src, middle, sink, (err) => console.log('callback', err && err.code, err && err.message));
src.push('a');
setImmediate(() => middle.destroy());
