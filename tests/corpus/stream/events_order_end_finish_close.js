// The order of 'end', 'finish', 'prefinish' and 'close' on a Duplex and a Transform.
const { Duplex, PassThrough } = require('stream');
const log = (name) => (ev) => () => console.log(name, ev);
const d = new Duplex({
  read() {},
  write(c, e, cb) { cb(); },
});
const p = new PassThrough();
for (const [name, s] of [['duplex', d], ['pass', p]]) {
  for (const ev of ['end', 'prefinish', 'finish', 'close']) s.on(ev, log(name)(ev));
  s.resume();
}
d.push(null);
d.end('x');
p.end('y');
setImmediate(() => console.log('immediate'));
