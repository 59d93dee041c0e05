// Calling the write callback twice is ERR_MULTIPLE_CALLBACK.
const { Writable } = require('stream');
const w = new Writable({
  write(chunk, enc, cb) {
    cb();
    cb();
  },
});
w.on('error', (e) => console.log('error', e.code, e.message));
w.on('close', () => console.log('close'));
w.write('x');
