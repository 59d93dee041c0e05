// fs.cp and fs.promises.cp: a directory without `recursive` fails with ERR_FS_EISDIR; with it the tree is copied.
const fs = require('fs');
const root = 'tmp_cp_async';
fs.rmSync(root, { recursive: true, force: true });
fs.mkdirSync(`${root}/src/sub`, { recursive: true });
fs.writeFileSync(`${root}/src/a.txt`, 'A');
fs.writeFileSync(`${root}/src/sub/b.txt`, 'B');
fs.cp(`${root}/src`, `${root}/d1`, (err) => {
  console.log(err.code, err.message, err.errno);
  fs.cp(`${root}/src`, `${root}/d1`, { recursive: true }, (err2) => {
    console.log('copied', err2, fs.readdirSync(`${root}/d1`, { recursive: true }).sort());
    fs.promises.cp(`${root}/src/a.txt`, `${root}/d2/a.txt`).then(() => {
      console.log('promise', fs.readFileSync(`${root}/d2/a.txt`, 'utf8'));
      fs.rmSync(root, { recursive: true });
    });
  });
});
