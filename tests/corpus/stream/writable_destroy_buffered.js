// destroy() fails the writes still buffered behind the one in progress.
const { Writable } = require('stream');
const w = new Writable({
  write(chunk, enc, cb) {
    console.log('_write', String(chunk));
    setImmediate(cb);
  },
});
w.write('1', (err) => console.log('cb 1', err && err.code));
w.write('2', (err) => console.log('cb 2', err && err.code));
w.write('3', (err) => console.log('cb 3', err && err.code));
w.on('close', () => console.log('close'));
w.on('error', (e) => console.log('error', e.message));
w.destroy();
console.log('destroyed', w.destroyed);
