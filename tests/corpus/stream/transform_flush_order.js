// Transform: _transform per chunk, _flush at the end, then 'finish' and 'end'.
const { Transform } = require('stream');
const t = new Transform({
  transform(chunk, enc, cb) {
    console.log('_transform', String(chunk));
    cb(null, String(chunk).toUpperCase());
  },
  flush(cb) {
    console.log('_flush');
    this.push('[flushed]');
    cb(null, '[done]');
  },
});
t.on('data', (c) => console.log('data', String(c)));
for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => console.log('event', ev));
t.write('a');
t.write('b');
t.end('c');
process.nextTick(() => console.log('tick'));
