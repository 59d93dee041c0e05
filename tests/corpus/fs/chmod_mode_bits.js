// chmod keeps the permission bits, and stat().mode shows them with the file type bits; octal strings are accepted.
const fs = require('fs');
const root = 'tmp_chmod_mode_bits';
fs.rmSync(root, { recursive: true, force: true });
fs.mkdirSync(root);
fs.writeFileSync(`${root}/f.txt`, 'x');
const show = (p) => (fs.statSync(p).mode).toString(8);
fs.chmodSync(`${root}/f.txt`, 0o600);
console.log(show(`${root}/f.txt`));
fs.chmodSync(`${root}/f.txt`, '755');
console.log(show(`${root}/f.txt`), fs.statSync(`${root}/f.txt`).mode & fs.constants.S_IFMT);
fs.chmodSync(root, 0o700);
console.log(show(root), (fs.statSync(root).mode & fs.constants.S_IFDIR) !== 0);
try { fs.chmodSync(`${root}/missing`, 0o644); } catch (e) { console.log(e.message, e.code, e.syscall, e.errno); }
try { fs.chmodSync(`${root}/f.txt`, 'rwx'); } catch (e) { console.log(e.code, e.message); }
try { fs.chmodSync(`${root}/f.txt`, {}); } catch (e) { console.log(e.code, e.message); }
console.log(typeof fs.lchmod, typeof fs.lchmodSync, typeof fs.fchmod);
const fd = fs.openSync(`${root}/f.txt`, 'r');
fs.fchmodSync(fd, 0o640);
fs.closeSync(fd);
console.log(show(`${root}/f.txt`));
fs.chmod(`${root}/f.txt`, 0o444, (err) => {
  console.log('cb', err, show(`${root}/f.txt`));
  fs.promises.chmod(`${root}/f.txt`, 0o664).then(() => {
    console.log('promise', show(`${root}/f.txt`));
    return fs.promises.lchmod(`${root}/f.txt`, 0o600);
  }).catch((e) => {
    console.log(e.code, e.message);
    fs.rmSync(root, { recursive: true });
  });
});
