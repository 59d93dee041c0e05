// readdir with recursive: breadth first for sync and callback (called back synchronously in
// Node 20), a different order for the promise form (it reads each directory as it meets it).
const fs = require('fs');
const dir = 'tmp_readdir_recursive';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(`${dir}/b/deep`, { recursive: true });
fs.mkdirSync(`${dir}/a`);
fs.writeFileSync(`${dir}/z.txt`, '');
fs.writeFileSync(`${dir}/b/deep/f.txt`, '');
fs.writeFileSync(`${dir}/a/g.txt`, '');
console.log(fs.readdirSync(dir, { recursive: true }));
console.log(fs.readdirSync(dir, { recursive: true, withFileTypes: true }).map((d) => [d.name, d.parentPath, d.isDirectory()]));
fs.readdir(dir, { recursive: true }, (err, names) => console.log('callback', err, names));
console.log('after fs.readdir');
fs.promises.readdir(dir, { recursive: true }).then((names) => {
  console.log('promise', names);
  return fs.promises.readdir(dir, { recursive: true, withFileTypes: true });
}).then((dirents) => {
  console.log('promise dirents', dirents.map((d) => `${d.parentPath}:${d.name}`));
  fs.rmSync(dir, { recursive: true });
});
