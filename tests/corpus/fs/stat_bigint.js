// stat with { bigint: true } gives a BigIntStats (bigints, plus nanosecond times).
const fs = require('fs');
const f = 'tmp_stat_bigint.txt';
fs.writeFileSync(f, 'abcdef');
const s = fs.statSync(f, { bigint: true });
console.log(typeof s.size, s.size, s.isFile(), s.isDirectory(), s.blocks);
console.log(typeof s.mtimeNs, typeof s.mtimeMs, s.mtime instanceof Date, s.mtimeNs / 1000000n === s.mtimeMs);
console.log(s.constructor.name, s instanceof fs.Stats);
console.log(Object.keys(s).join(','));
console.log(s.size + 1n);
fs.stat(f, { bigint: true }, (err, st) => {
  console.log('cb', st.size, typeof st.ino, typeof st.blksize);
  fs.promises.stat(f, { bigint: true }).then((st) => {
    console.log('p', st.size, st.nlink);
    return fs.promises.lstat('.', { bigint: true });
  }).then((st) => {
    console.log('lp', st.isDirectory(), typeof st.mode);
    fs.unlinkSync(f);
  });
});
const n = fs.statSync(f);
console.log(n.constructor.name, typeof n.size, n.blocks);
const fd = fs.openSync(f);
console.log(fs.fstatSync(fd, { bigint: true }).size);
fs.closeSync(fd);
