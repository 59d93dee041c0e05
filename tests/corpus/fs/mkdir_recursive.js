// mkdir recursive returns the first directory it created (undefined if none); plain mkdir returns undefined.
const fs = require('fs');
const root = 'tmp_mkdir_recursive';
fs.rmSync(root, { recursive: true, force: true });
console.log(fs.mkdirSync(root));
console.log(JSON.stringify(fs.mkdirSync(`${root}/a/b/c`, { recursive: true })).endsWith(`${root}/a"`));
console.log(fs.mkdirSync(`${root}/a/b/c`, { recursive: true }));
fs.mkdir(`${root}/x/y`, { recursive: true }, (err, first) => {
  console.log('callback', err, first.endsWith(`${root}/x`));
  fs.promises.mkdir(`${root}/x/y`, { recursive: true }).then((again) => {
    console.log('promise again', again);
    console.log(fs.readdirSync(root), fs.readdirSync(`${root}/a/b`));
    fs.rmSync(root, { recursive: true });
  });
});
