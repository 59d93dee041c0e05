// fs.promises writes and reads awaited in a loop while an interval runs.
const fsp = require('fs/promises');
const dir = 'tmp_fsp_loop';
let beats = 0;
const iv = setInterval(() => beats++, 1);
(async () => {
  await fsp.mkdir(dir, { recursive: true });
  for (let i = 0; i < 5; i++) {
    await fsp.writeFile(`${dir}/f${i}.txt`, 'line ' + i);
    const text = await fsp.readFile(`${dir}/f${i}.txt`, 'utf8');
    console.log(i, text);
  }
  const names = await fsp.readdir(dir);
  console.log(names.sort().join(','));
  await fsp.rm(dir, { recursive: true });
  clearInterval(iv);
  console.log('interval ran', beats > 0 ? 'at least once' : 'never');
})();
