// rename(2)'s rules: a directory replaces only an empty directory, a file never a directory,
// a path through a file is ENOTDIR, and moving a directory into itself is EINVAL.
const fs = require('fs');
const d = 'tmp_f15';
fs.rmSync(d, { recursive: true, force: true });
fs.mkdirSync(d + '/a/inner', { recursive: true });
fs.mkdirSync(d + '/empty');
fs.mkdirSync(d + '/full');
fs.writeFileSync(d + '/full/x', 'x');
fs.writeFileSync(d + '/f', 'f');
fs.writeFileSync(d + '/g', 'g');
const tries = [['a', 'f'], ['f', 'a'], ['f', 'empty'], ['a', 'full'], ['f', 'g/x'], ['f', 'nodir/x'], ['a', 'a/inner/z'], ['a', 'a'], ['f', 'f'], ['nope', 'f'], ['a', 'empty'], ['g', 'f']];
for (const [from, to] of tries) {
  try { fs.renameSync(`${d}/${from}`, `${d}/${to}`); console.log('ok', from, to); } catch (e) { console.log(e.code, e.message); }
}
console.log(fs.readdirSync(d, { recursive: true }).sort(), fs.readFileSync(d + '/f', 'utf8'));
fs.rename(d + '/f', d + '/empty', e => { console.log(e); fs.rmSync(d, { recursive: true }); });
