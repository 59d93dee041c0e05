// rename moves files (and directories); errors show both paths as written.
const fs = require('fs');
const dir = 'tmp_rename_forms';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(`${dir}/sub`, { recursive: true });
fs.writeFileSync(`${dir}/a.txt`, 'content');
fs.renameSync(`${dir}/a.txt`, `${dir}/b.txt`);
console.log(fs.readdirSync(dir));
fs.rename(`${dir}/b.txt`, `${dir}/sub/c.txt`, (err) => {
  console.log('rename', err, fs.readdirSync(`${dir}/sub`), fs.readFileSync(`${dir}/sub/c.txt`, 'utf8'));
  fs.renameSync(`${dir}/sub`, `${dir}/moved`);
  console.log(fs.readdirSync(dir), fs.readdirSync(`${dir}/moved`));
  try { fs.renameSync('nope.txt', 'other.txt'); } catch (e) { console.log(e.message, e.dest, Object.keys(e)); }
  fs.rename('nope.txt', 'other.txt', (e) => {
    console.log(e);
    fs.promises.rename('nope.txt', `${dir}/x`).catch((e2) => {
      console.log(e2.message);
      fs.rmSync(dir, { recursive: true });
    });
  });
});
