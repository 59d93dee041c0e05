// readdir: names sorted, withFileTypes Dirents, in the three forms.
const fs = require('fs');
const dir = 'tmp_readdir_forms';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(`${dir}/sub`, { recursive: true });
fs.writeFileSync(`${dir}/b.txt`, 'b');
fs.writeFileSync(`${dir}/a.txt`, 'a');
console.log(fs.readdirSync(dir));
const dirents = fs.readdirSync(dir, { withFileTypes: true });
console.log(dirents.map((d) => [d.name, d.isFile(), d.isDirectory(), d.isSymbolicLink()]));
console.log(dirents[0]);
fs.readdir(dir, (err, names) => {
  console.log('callback', err, names);
  fs.promises.readdir(dir, { withFileTypes: true }).then((ents) => {
    console.log('promise', ents.map((d) => d.name), ents[2] instanceof fs.Dirent);
    fs.rmSync(dir, { recursive: true });
  });
});
