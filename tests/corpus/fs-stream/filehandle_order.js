// FileHandle promises resolve in the poll phase: against immediates and ticks.
const fsp = require('fs/promises');
fsp.open('file.txt').then((fh) => {
  console.log('opened');
  setImmediate(() => console.log('immediate after open'));
  process.nextTick(() => console.log('tick after open'));
  return fh.read(Buffer.alloc(5), 0, 5, 0).then((r) => {
    console.log('read', String(r.buffer));
    return fh.close();
  });
}).then(() => console.log('closed'));
