const fsp = require('fs/promises');
(async () => {
  await fsp.writeFile('fhc.tmp', 'data');
  const fh = await fsp.open('fhc.tmp');
  fh.on('close', () => console.log('close event'));
  const p = fh.close();
  console.log('after close call', fh.fd);
  Promise.resolve().then(() => console.log('micro 1')).then(() => console.log('micro 2')).then(() => console.log('micro 3')).then(() => console.log('micro 4'));
  await p;
  console.log('closed');
  await fsp.unlink('fhc.tmp');
})();
