// Hard links: two names of one file share bytes, inode and link count; unlinking one keeps
// the other; link's errors (EEXIST, ENOENT, EPERM for a directory) in all three forms.
const fs = require('fs');
const dir = 'tmp_hard_links';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const a = `${dir}/a.txt`;
const b = `${dir}/b.txt`;
fs.writeFileSync(a, 'first');
console.log('nlink before', fs.statSync(a).nlink);
fs.linkSync(a, b);
const sa = fs.statSync(a);
const sb = fs.statSync(b);
console.log('same ino', sa.ino === sb.ino, 'nlink', sa.nlink, sb.nlink, 'ino > 0', sa.ino > 0);
console.log('lstat same ino', fs.lstatSync(a).ino === sb.ino);
fs.appendFileSync(b, ' and more');
console.log('via a:', fs.readFileSync(a, 'utf8'));
fs.writeFileSync(a, 'rewritten');
console.log('via b:', fs.readFileSync(b, 'utf8'));
fs.chmodSync(a, 0o600);
console.log('mode via b', (fs.statSync(b).mode & 0o777).toString(8));
fs.writeFileSync(`${dir}/c.txt`, 'other');
console.log('other ino differs', fs.statSync(`${dir}/c.txt`).ino !== sa.ino);
console.log('bigint same', fs.statSync(a, { bigint: true }).ino === fs.statSync(b, { bigint: true }).ino);

for (const [from, to] of [[a, b], [`${dir}/missing`, `${dir}/x`], [dir, `${dir}/d2`], [a, `${dir}/nodir/x`]]) {
  try {
    fs.linkSync(from, to);
  } catch (err) {
    console.log(err.message, err.code, err.errno, err.syscall, err.path, err.dest);
  }
}

fs.unlinkSync(a);
console.log('a exists', fs.existsSync(a), 'b', fs.readFileSync(b, 'utf8'), 'nlink', fs.statSync(b).nlink);

fs.mkdirSync(`${dir}/sub1`);
fs.mkdirSync(`${dir}/sub2`);
fs.mkdirSync(`${dir}/sub2/deeper`);
console.log('dir nlink', fs.statSync(dir).nlink, fs.statSync(`${dir}/sub2`).nlink, fs.statSync(`${dir}/sub1`).nlink);
console.log('dir ino differs', fs.statSync(dir).ino !== fs.statSync(`${dir}/sub1`).ino);

fs.link(b, `${dir}/e.txt`, (err) => {
  console.log('callback', err, fs.statSync(b).nlink, fs.statSync(`${dir}/e.txt`).ino === fs.statSync(b).ino);
  fs.link(b, `${dir}/e.txt`, (err2) => {
    console.log('callback error', err2.message, err2.code);
    fs.promises.link(`${dir}/nope`, `${dir}/f.txt`).catch((err3) => {
      console.log('promise error', err3.message, err3.code);
      return fs.promises.link(b, `${dir}/f.txt`);
    }).then(() => {
      console.log('promise nlink', fs.statSync(b).nlink);
      fs.renameSync(b, `${dir}/e.txt`);
      console.log('rename onto own link keeps both', fs.existsSync(b), fs.statSync(`${dir}/e.txt`).nlink);
      fs.rmSync(dir, { recursive: true });
      console.log('cleaned', fs.existsSync(dir));
    });
  });
});
