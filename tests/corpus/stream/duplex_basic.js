// A Duplex has independent readable and writable sides.
const { Duplex } = require('stream');
const d = new Duplex({
  read() {},
  write(chunk, enc, cb) {
    console.log('written', String(chunk));
    this.push(String(chunk).toUpperCase());
    cb();
  },
  final(cb) {
    console.log('final');
    this.push(null);
    cb();
  },
});
d.on('data', (c) => console.log('read', String(c)));
for (const ev of ['end', 'finish', 'close']) d.on(ev, () => console.log('event', ev));
d.write('hello');
d.end('bye');
console.log(d.readable, d.writable, d.allowHalfOpen);
