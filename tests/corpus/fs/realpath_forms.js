// realpath in its four forms: the JS walk (lstat per component), .native, the promise form; errors name the syscall.
const fs = require('fs');
const path = require('path');
const root = 'tmp_realpath_forms';
fs.rmSync(root, { recursive: true, force: true });
fs.mkdirSync(`${root}/a/b`, { recursive: true });
fs.writeFileSync(`${root}/a/b/f.txt`, 'x');
console.log(fs.realpathSync(`${root}/a/../a/./b/f.txt`) === path.resolve(root, 'a/b/f.txt'));
console.log(fs.realpathSync.native(`${root}/a/b`) === path.resolve(root, 'a/b'));
console.log(Buffer.isBuffer(fs.realpathSync(root, 'buffer')), typeof fs.realpathSync(root, { encoding: 'utf8' }));
try { fs.realpathSync.native(`${root}/missing`); } catch (e) { console.log(e.message, e.code, e.errno, e.syscall); }
try { fs.realpathSync(`${root}/missing/deeper`); } catch (e) { console.log(e.code, e.syscall, path.relative(process.cwd(), e.path)); }
fs.realpath.native(`${root}/nope`, (err) => console.log('native cb:', err.message));
fs.promises.realpath(`${root}/nope`).catch((err) => console.log('promise:', err.message));
fs.realpath(`${root}/a`, (err, p) => {
  console.log('cb:', err, p === path.resolve(root, 'a'));
  fs.rmSync(root, { recursive: true });
});
