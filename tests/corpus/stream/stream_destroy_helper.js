// stream.destroy(stream, err) and the is* helpers.
const stream = require('stream');
const r = new stream.Readable({ read() {} });
console.log(stream.isReadable(r), stream.isDestroyed(r), stream.isErrored(r), stream.isDisturbed(r));
r.on('error', (e) => console.log('error', e.message));
stream.destroy(r, new Error('bye'));
console.log(stream.isReadable(r), stream.isDestroyed(r), stream.isErrored(r));
const w = new stream.Writable({ write(c, e, cb) { cb(); } });
console.log(stream.isWritable(w));
w.end();
console.log(stream.isWritable(w));
