// A directory's nlink is 2 plus one per child directory (each child's `..`); a file's is 1.
const fs = require('fs');
const dir = 'stat_directory_nlink_tmp';
fs.mkdirSync(dir + '/a/x', { recursive: true });
fs.mkdirSync(dir + '/b');
fs.writeFileSync(dir + '/f.txt', 'f');
for (const p of [dir, dir + '/a', dir + '/a/x', dir + '/b', dir + '/f.txt']) {
  const s = fs.statSync(p);
  console.log(p, s.nlink, fs.lstatSync(p).nlink, fs.statSync(p, { bigint: true }).nlink);
}
fs.rmdirSync(dir + '/b');
fs.stat(dir, (e, s) => {
  console.log('after rmdir', s.nlink);
  fs.rmSync(dir, { recursive: true });
});
