// An error from _construct destroys the stream.
const { Writable } = require('stream');
const w = new Writable({
  construct(cb) {
    cb(new Error('cannot open'));
  },
  write(chunk, enc, cb) {
    console.log('never written');
    cb();
  },
});
w.write('x', (err) => console.log('write cb', err && err.message));
w.on('error', (e) => console.log('error', e.message));
w.on('close', () => console.log('close'));
