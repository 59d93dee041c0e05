const fsp = require('fs/promises');
(async () => {
  const fh = await fsp.open('fhm.tmp', 'w+');
  await fh.write('hello world');
  await fh.truncate(5);
  console.log(await fh.readFile('utf8'), (await fh.stat()).size);
  await fh.chmod(0o600);
  await fh.sync(); await fh.datasync();
  await fh.utimes(1000, 2000);
  console.log((await fh.stat()).mtimeMs);
  const { bytesWritten } = await fh.writev([Buffer.from('ab'), Buffer.from('cd')], 0);
  console.log('writev', bytesWritten);
  const a = Buffer.alloc(2), b = Buffer.alloc(3);
  const r = await fh.readv([a, b], 0);
  console.log('readv', r.bytesRead, a.toString(), b.toString());
  await fh.close();
  for (const op of [() => fh.truncate(), () => fh.stat(), () => fh.read(Buffer.alloc(1), 0, 1, 0), () => fh.write('x'), () => fh.readFile(), () => fh.writeFile('x'), () => fh.chmod(0o644), () => fh.sync()]) {
    try { await op(); } catch (e) { console.log(e.message, e.code, e.syscall); }
  }
  console.log(await fh.close());
  const fh2 = await fsp.open('fhm.tmp');
  for await (const line of fh2.readLines()) console.log('line', line);
  await fsp.unlink('fhm.tmp');
})();
