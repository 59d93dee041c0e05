const fsp = require('fs/promises');
const fs = require('fs');
const f = 'sweep_fh.tmp';
fs.writeFileSync(f, 'abcdef');
(async () => {
  const fh = await fsp.open(f, 'r');
  const buf = Buffer.alloc(3);
  const { bytesRead } = await fh.read(buf, 0, 3, 2);
  console.log('read', bytesRead, buf.toString());
  await fh.close();
  console.log('closed');
  fs.unlinkSync(f);
})();
process.nextTick(() => console.log('tick'));
setImmediate(() => console.log('imm'));
