// filehandle.createReadStream: the stream reads through the handle, and closes it.
const fsp = require('fs/promises');
(async () => {
  const fh = await fsp.open('file.txt');
  const s = fh.createReadStream({ encoding: 'utf8', highWaterMark: 32 });
  fh.on('close', () => console.log('handle closed'));
  s.on('data', (d) => console.log('data', d.length));
  s.on('end', () => console.log('end'));
  s.on('close', () => console.log('stream close'));
})();
