// Stream events between setImmediate, setTimeout, nextTick and promises, from an I/O-less
// source that produces in immediates.
const { Readable, Writable } = require('stream');
let n = 0;
const r = new Readable({
  read() {
    setImmediate(() => {
      n++;
      console.log('produce', n);
      this.push(n <= 2 ? `v${n}` : null);
    });
  },
});
const w = new Writable({
  write(c, e, cb) {
    console.log('consume', String(c));
    Promise.resolve().then(() => console.log('promise in write'));
    process.nextTick(cb);
  },
});
r.pipe(w);
w.on('finish', () => {
  console.log('finish');
  setTimeout(() => console.log('timeout after finish'), 0);
  setImmediate(() => console.log('immediate after finish'));
});
r.on('end', () => console.log('end'));
