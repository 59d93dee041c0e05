// An 'error' with no listener ends the process, after the ticks already queued.
const { Writable } = require('stream');
const w = new Writable({
  write(chunk, enc, cb) {
    cb(new Error('disk full'));
  },
});
w.write('x');
process.nextTick(() => console.log('tick before the error'));
console.log('main done');
