// allowHalfOpen: false ends the writable side once the readable side ends.
const { Duplex } = require('stream');
const d = new Duplex({
  allowHalfOpen: false,
  read() {},
  write(chunk, enc, cb) { cb(); },
});
for (const ev of ['end', 'prefinish', 'finish', 'close']) d.on(ev, () => console.log('event', ev, d.writableEnded));
d.resume();
d.push('x');
d.push(null);
process.nextTick(() => console.log('tick', d.writableEnded));
