// fs/promises open: a FileHandle with read, write, stat, readFile and close.
const fsp = require('fs/promises');
(async () => {
  const fh = await fsp.open('fh.txt', 'w+');
  console.log('fd', typeof fh.fd);
  const w = await fh.write('hello filehandle');
  console.log('bytesWritten', w.bytesWritten);
  const buf = Buffer.alloc(5);
  const r = await fh.read(buf, 0, 5, 6);
  console.log('read', r.bytesRead, String(r.buffer));
  console.log('size', (await fh.stat()).size);
  fh.on('close', () => console.log('close event'));
  await fh.close();
  console.log('closed, fd', fh.fd);
  const again = await fsp.open('fh.txt');
  console.log('readFile', await again.readFile('utf8'));
  await again.close();
})();
