// FileHandle: write and read forms, close twice, use after close, readLines.
const fsp = require('fs/promises');
(async () => {
  const f = 'tmp_f04.txt';
  const fh = await fsp.open(f, 'w+');
  console.log(typeof fh.fd, fh.constructor.name);
  console.log(await fh.write('hello world'));
  console.log(await fh.write(Buffer.from('!!'), 0, 2, 0));
  const { bytesRead, buffer } = await fh.read(Buffer.alloc(20), 0, 20, 0);
  console.log(bytesRead, buffer.toString('utf8', 0, bytesRead));
  const r2 = await fh.read({ buffer: Buffer.alloc(5), position: 6 });
  console.log(r2.bytesRead, r2.buffer.toString());
  console.log((await fh.stat()).size, await fh.readFile('utf8'));
  await fh.truncate(5);
  await fh.close();
  await fh.close();
  console.log('closed twice ok');
  try { await fh.read(Buffer.alloc(1), 0, 1, 0); } catch (e) { console.log(e.code, e.message, e.syscall); }
  try { await fh.stat(); } catch (e) { console.log(e.code, e.message); }
  console.log(await fsp.readFile(f, 'utf8'));
  await fsp.writeFile(f, 'l1\nl2\r\nl3');
  const fh2 = await fsp.open(f);
  for await (const line of fh2.readLines()) console.log('line', JSON.stringify(line));
  await fsp.unlink(f);
})();
