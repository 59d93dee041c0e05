// A _write that calls back synchronously: write callbacks still run on a tick (afterWriteTick).
const { Writable } = require('stream');
const w = new Writable({
  write(chunk, enc, cb) {
    console.log('_write', String(chunk));
    cb();
  },
});
const done = (label) => () => console.log('cb', label);
w.write('a', done('a'));
w.write('b', done('b'));
const shared = () => console.log('shared cb');
w.write('c', shared);
w.write('d', shared);
process.nextTick(() => console.log('user tick'));
console.log('sync end');
