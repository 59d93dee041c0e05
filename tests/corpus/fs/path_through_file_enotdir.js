// Looking inside a file (file/x, file/.., file/.) or naming it with a trailing slash is ENOTDIR
// for every call; creating a file at a name with a trailing slash is EISDIR, mkdir EEXIST.
const fs = require('fs');
fs.writeFileSync('tmp_f16', 'x');
const ops = {
  readFile: () => fs.readFileSync('tmp_f16/a'),
  readFileDeep: () => fs.readFileSync('tmp_f16/a/b'),
  writeFile: () => fs.writeFileSync('tmp_f16/a', 'y'),
  writeFileDeep: () => fs.writeFileSync('tmp_f16/a/b', 'y'),
  stat: () => fs.statSync('tmp_f16/a'),
  mkdir: () => fs.mkdirSync('tmp_f16/a'),
  mkdirRec: () => fs.mkdirSync('tmp_f16/a/b', { recursive: true }),
  readdir: () => fs.readdirSync('tmp_f16/'),
  readFileSlash: () => fs.readFileSync('tmp_f16/'),
  stat2: () => fs.statSync('tmp_f16/'),
  unlink: () => fs.unlinkSync('tmp_f16/a'),
  rmdir: () => fs.rmdirSync('tmp_f16'),
  rmdirDeep: () => fs.rmdirSync('tmp_f16/a'),
  open: () => fs.openSync('tmp_f16/a', 'w'),
  access: () => fs.accessSync('tmp_f16/a'),
  exists: () => fs.existsSync('tmp_f16/a'),
  copy: () => fs.copyFileSync('tmp_f16', 'tmp_f16/a'),
  symlink: () => fs.symlinkSync('x', 'tmp_f16/a'),
  mkdtemp: () => fs.mkdtempSync('tmp_f16/a'),
  appendFile: () => fs.appendFileSync('tmp_f16/a', 'z'),
  rm: () => fs.rmSync('tmp_f16/a'),
  rmForce: () => fs.rmSync('tmp_f16/a', { force: true }),
  realpath: () => fs.realpathSync('tmp_f16/a').length,
  lstat: () => fs.lstatSync('tmp_f16/a/b'),
  opendir: () => fs.opendirSync('tmp_f16'),
};
for (const [name, f] of Object.entries(ops)) {
  try { console.log(name, 'ok', f()); } catch (e) { console.log(name, e.code, e.message.replace(__dirname, '.')); }
}
fs.unlinkSync('tmp_f16');
fs.writeFileSync('tmp_f16b', 'q');
fs.symlinkSync('tmp_f16b', 'tmp_f16l');
for (const [name, f] of Object.entries({
  wfSlash: () => fs.writeFileSync('tmp_f16b/', 'y'),
  openSlash: () => fs.openSync('tmp_f16b/', 'r'),
  mkdirSlash: () => fs.mkdirSync('tmp_f16b/'),
  newDirSlash: () => { fs.mkdirSync('tmp_f16d/'); fs.rmdirSync('tmp_f16d/'); return 'made'; },
  newFileSlash: () => fs.writeFileSync('tmp_f16n/', 'y'),
  linkSlash: () => fs.readFileSync('tmp_f16l/'),
  lstatLinkSlash: () => fs.lstatSync('tmp_f16l/'),
  unlinkLinkSlash: () => fs.unlinkSync('tmp_f16l/'),
  dotdot: () => fs.readFileSync('tmp_f16b/../f16.js').length,
  dot: () => fs.statSync('tmp_f16b/.'),
  linkInner: () => fs.statSync('tmp_f16l/x'),
  renameSlash: () => fs.renameSync('tmp_f16b/', 'tmp_f16c'),
})) {
  try { console.log(name, 'ok', f()); } catch (e) { console.log(name, e.code, e.message); }
}
fs.promises.readFile('tmp_f16b/x').catch(e => console.log('promise', e.code, e.message));
fs.stat('tmp_f16b/x', e => { console.log('cb', e.code, e.message); fs.unlinkSync('tmp_f16b'); fs.unlinkSync('tmp_f16l'); });
