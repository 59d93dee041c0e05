// A _write that calls back later: callbacks run at once, buffered chunks follow in order.
const { Writable } = require('stream');
const w = new Writable({
  write(chunk, enc, cb) {
    console.log('_write', String(chunk), 'buffered', this.writableBuffer.length);
    process.nextTick(cb);
  },
});
for (const s of ['1', '2', '3']) w.write(s, () => console.log('cb', s));
w.end(() => console.log('end cb'));
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
Promise.resolve().then(() => console.log('promise'));
