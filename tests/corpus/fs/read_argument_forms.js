// read()/readSync(): arguments told apart by count and type, checked in Node's order and words.
const fs = require('fs');
fs.writeFileSync('tmp_u12', 'abcdefghij');
const fd = fs.openSync('tmp_u12', 'r');
const buf = Buffer.alloc(4);
const tries = {
  noargs: () => fs.readSync(fd, buf),
  opts: () => fs.readSync(fd, buf, { position: 2 }),
  optsLen: () => fs.readSync(fd, buf, { offset: 1, length: 2, position: 0 }),
  nullOpts: () => fs.readSync(fd, buf, null),
  offsetNum3: () => fs.readSync(fd, buf, 5),
  big: () => fs.readSync(fd, buf, 0, 10, 0),
  negOff: () => fs.readSync(fd, buf, -1, 1, 0),
  fracOff: () => fs.readSync(fd, buf, 1.5, 1, 0),
  strOff: () => fs.readSync(fd, buf, '1', 1, 0),
  nullOff: () => fs.readSync(fd, buf, null, 1, 0),
  offPastEnd: () => fs.readSync(fd, buf, 5, undefined, 0),
  zeroLen: () => fs.readSync(fd, buf, 0, 0, 0),
  negLen: () => fs.readSync(fd, buf, 0, -1, 0),
  fracLen: () => fs.readSync(fd, buf, 0, 2.7, 0),
  badPos: () => fs.readSync(fd, buf, 0, 1, 'x'),
  negPos: () => fs.readSync(fd, buf, 0, 1, -2),
  bigPos: () => fs.readSync(fd, buf, 0, 1, 3n),
  empty: () => fs.readSync(fd, Buffer.alloc(0), 0, 1, 0),
  notBuf: () => fs.readSync(fd, 'str', 0, 1, 0),
  badFd: () => fs.readSync(-1, buf),
  closedFd: () => fs.readSync(999, buf),
};
for (const [k, f] of Object.entries(tries)) {
  try { console.log(k, f(), buf.toString('latin1')); } catch (e) { console.log(k, e.name, e.code, e.message); }
}
fs.read(fd, (err, n, b) => console.log('read(fd, cb)', err, n, b.length, b.subarray(0, n).toString()));
fs.read(fd, { buffer: Buffer.alloc(3), position: 1 }, (err, n, b) => console.log('params', n, b.toString()));
fs.read(fd, Buffer.alloc(2), { position: 5 }, (err, n, b) => console.log('4 args', n, b.toString()));
fs.read(fd, Buffer.alloc(5), 0, 0, 0, (err, n, b) => console.log('zero', err, n, b));
try { fs.read(fd, Buffer.alloc(2), 0, 5, 0, () => {}); } catch (e) { console.log(e.code, e.message); }
try { fs.read(fd, Buffer.alloc(2), 0, 1, () => {}); } catch (e) { console.log(e.code, e.message); }
try { fs.read(fd, Buffer.alloc(2), 5, () => {}); } catch (e) { console.log(e.code, e.message); }
fs.read(fd, Buffer.alloc(3), (err, n, b) => { console.log('3 args', n, b.toString()); fs.closeSync(fd); fs.unlinkSync('tmp_u12'); });
