// write()/writeSync(): a buffer's offset/length checks, a string's position and encoding.
const fs = require('fs');
const fd = fs.openSync('tmp_u13', 'w+');
const b = Buffer.from('abcd');
const tries = {
  str: () => fs.writeSync(fd, 'hello'),
  strPos: () => fs.writeSync(fd, 'XY', 1),
  strEnc: () => fs.writeSync(fd, '6869', 0, 'hex'),
  buf: () => fs.writeSync(fd, b),
  bufOff: () => fs.writeSync(fd, b, 1),
  bufOffLen: () => fs.writeSync(fd, b, 1, 2),
  bufAll: () => fs.writeSync(fd, b, 1, 2, 0),
  bufOpts: () => fs.writeSync(fd, b, { offset: 2, length: 1, position: 3 }),
  bigLen: () => fs.writeSync(fd, b, 0, 10),
  negOff: () => fs.writeSync(fd, b, -1),
  offPast: () => fs.writeSync(fd, b, 5),
  fracLen: () => fs.writeSync(fd, b, 0, 1.5),
  num: () => fs.writeSync(fd, 42),
  obj: () => fs.writeSync(fd, { toString() { return 'obj'; } }),
  badPos: () => fs.writeSync(fd, b, 0, 1, 'x'),
  strBadPos: () => fs.writeSync(fd, 'q', 'x'),
  badEnc: () => fs.writeSync(fd, 'q', 0, 'nope'),
  u16: () => fs.writeSync(fd, new Uint16Array([0x4142])),
  dv: () => fs.writeSync(fd, new DataView(new ArrayBuffer(2))),
};
for (const [k, f] of Object.entries(tries)) {
  try { console.log(k, f()); } catch (e) { console.log(k, e.name, e.code, e.message); }
}
console.log(JSON.stringify(fs.readFileSync('tmp_u13', 'latin1')));
fs.write(fd, 'cb', (err, n, s) => console.log('write cb', err, n, s));
fs.write(fd, b, (err, n, s) => console.log('write buf cb', err, n, s));
fs.write(fd, b, 1, (err, n, s) => console.log('write buf off', err, n, s));
try { fs.write(fd, b, 0, 10, () => {}); } catch (e) { console.log(e.code, e.message); }
try { fs.write(fd, 42, () => {}); } catch (e) { console.log(e.code, e.message); }
fs.write(fd, 'end', 0, 'utf8', (err, n, s) => { console.log('last', n, s); fs.closeSync(fd); fs.unlinkSync('tmp_u13'); });
