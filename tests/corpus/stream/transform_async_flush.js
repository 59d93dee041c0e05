// An asynchronous _flush delays 'finish' and 'end' until it calls back.
const { Transform } = require('stream');
const t = new Transform({
  transform(chunk, enc, cb) {
    setImmediate(() => cb(null, chunk));
  },
  flush(cb) {
    console.log('flush start');
    setTimeout(() => {
      console.log('flush end');
      cb(null, 'tail');
    }, 2);
  },
});
t.on('data', (c) => console.log('data', String(c)));
for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => console.log('event', ev));
t.end('x');
