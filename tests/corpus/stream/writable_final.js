// _final runs before 'prefinish'; 'finish' waits for its callback.
const { Writable } = require('stream');
const w = new Writable({
  write(chunk, enc, cb) {
    console.log('_write', String(chunk));
    cb();
  },
  final(cb) {
    console.log('_final');
    setImmediate(() => {
      console.log('final done');
      cb();
    });
  },
});
for (const ev of ['prefinish', 'finish', 'close']) w.on(ev, () => console.log('event', ev));
w.end('x');
process.nextTick(() => console.log('tick'));
