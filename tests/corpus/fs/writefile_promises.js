// fs.promises.writeFile / appendFile / readFile in sequence with await.
const fsp = require('fs/promises');
const file = 'tmp_writefile_promises.txt';
(async () => {
  console.log(await fsp.writeFile(file, 'a'));
  await fsp.appendFile(file, 'b');
  await fsp.appendFile(file, Buffer.from('c'));
  console.log(await fsp.readFile(file, 'utf8'));
  await fsp.unlink(file);
  try { await fsp.readFile(file); } catch (err) { console.log(err.code); }
})();
