// finished() on a stream destroyed before its end: ERR_STREAM_PREMATURE_CLOSE made in the 'close'
// listener (named for the stream) or, for a stream already closed, on a tick of its own.
const { finished, Readable, Duplex, PassThrough } = require('stream');
const r = new Readable({ read() {} });
finished(r, (err) => console.error('R', err.stack));
r.destroy();
const p = new PassThrough();
finished(p, (err) => console.error('P', err.stack));
p.write('x');
p.destroy();
const done = new Readable({ read() {} });
done.destroy();
setTimeout(() => finished(done, (err) => console.error('late', err.stack)), 1);
