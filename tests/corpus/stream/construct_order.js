// _construct runs on the next tick; reads and writes wait for its callback.
const { Readable, Writable } = require('stream');
const r = new Readable({
  construct(cb) {
    console.log('readable construct');
    setImmediate(() => {
      console.log('readable constructed');
      cb();
    });
  },
  read() {
    console.log('_read');
    this.push('data');
    this.push(null);
  },
});
r.on('data', (c) => console.log('data', String(c)));
r.on('end', () => console.log('end'));
const w = new Writable({
  construct(cb) {
    console.log('writable construct');
    cb();
  },
  write(chunk, enc, cb) {
    console.log('_write', String(chunk));
    cb();
  },
});
w.write('early');
w.end();
w.on('finish', () => console.log('finish'));
console.log('sync end');
process.nextTick(() => console.log('user tick'));
