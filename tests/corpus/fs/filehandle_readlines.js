const fsp = require('fs/promises');
(async () => {
  await fsp.writeFile('fhr.tmp', 'a\nb\r\nc');
  const fh = await fsp.open('fhr.tmp');
  fh.on('close', () => console.log('close event'));
  const lines = [];
  for await (const l of fh.readLines()) lines.push(l);
  console.log(lines);
  await fsp.rm('fhr.tmp');
})();
