// FileHandle read/write/readv/writev resolve to null-prototype objects, and a handle logged
// before and after close shows its own `close` field and the binding handle it keeps.
const fsp = require('fs/promises');
(async () => {
  const fh = await fsp.open('filehandle_result_objects.tmp', 'w+');
  console.log(await fh.write('hello world'));
  console.log(await fh.write(Buffer.from('!!'), 0, 2, 11));
  const buf = Buffer.alloc(5);
  console.log(await fh.read(buf, 0, 5, 6), buf.toString());
  console.log(await fh.writev([Buffer.from('ab'), Buffer.from('cd')], 0));
  console.log(await fh.readv([Buffer.alloc(3)], 0));
  const { close } = fh;
  console.log(Object.keys(fh), typeof close);
  const closing = close();
  console.log(fh.fd, closing === fh.close());
  await closing;
  console.log(fh);
  await fsp.rm('filehandle_result_objects.tmp');
})();
