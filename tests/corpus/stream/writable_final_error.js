// An error from _final destroys the stream; end's callback gets it.
const { Writable } = require('stream');
const w = new Writable({
  write(chunk, enc, cb) { cb(); },
  final(cb) {
    cb(new Error('final failed'));
  },
});
w.on('error', (e) => console.log('error', e.message));
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
w.end('x', (err) => console.log('end cb', err && err.message));
