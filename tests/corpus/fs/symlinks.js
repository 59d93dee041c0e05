// Symbolic links: followed by read/write/stat/readdir/realpath, not by lstat/readlink/unlink; dangling links, EEXIST, EINVAL, ELOOP.
const fs = require('fs');
const path = require('path');
fs.mkdirSync('tmp_symlinks/dir', { recursive: true });
fs.writeFileSync('tmp_symlinks/dir/real.txt', 'real content');
fs.symlinkSync('dir/real.txt', 'tmp_symlinks/link.txt');
fs.symlinkSync('dir', 'tmp_symlinks/dirlink');
fs.symlinkSync('nowhere.txt', 'tmp_symlinks/dangling');
console.log(fs.readFileSync('tmp_symlinks/link.txt', 'utf8'));
console.log(fs.readlinkSync('tmp_symlinks/link.txt'), fs.readlinkSync('tmp_symlinks/dirlink'));
const l = fs.lstatSync('tmp_symlinks/link.txt');
const s = fs.statSync('tmp_symlinks/link.txt');
console.log(l.isSymbolicLink(), l.isFile(), l.size, s.isSymbolicLink(), s.isFile(), s.size);
console.log((l.mode & fs.constants.S_IFMT) === fs.constants.S_IFLNK, (l.mode & 0o777).toString(8));
console.log(fs.readdirSync('tmp_symlinks').sort());
console.log(fs.readdirSync('tmp_symlinks', { withFileTypes: true }).map((d) => `${d.name}:${d.isSymbolicLink()}:${d.isFile()}:${d.isDirectory()}`).sort());
console.log(fs.readdirSync('tmp_symlinks/dirlink'));
console.log(fs.existsSync('tmp_symlinks/dangling'), fs.lstatSync('tmp_symlinks/dangling').isSymbolicLink());
try { fs.readFileSync('tmp_symlinks/dangling'); } catch (e) { console.log(e.code, e.message); }
try { fs.statSync('tmp_symlinks/dangling'); } catch (e) { console.log(e.code, e.syscall); }
try { fs.symlinkSync('x', 'tmp_symlinks/link.txt'); } catch (e) { console.log(e.code, e.message); }
try { fs.readlinkSync('tmp_symlinks/dir/real.txt'); } catch (e) { console.log(e.code, e.message); }
try { fs.readlinkSync('tmp_symlinks/missing'); } catch (e) { console.log(e.code, e.message); }
console.log(path.relative(process.cwd(), fs.realpathSync('tmp_symlinks/dirlink/real.txt')));
console.log(path.relative(process.cwd(), fs.realpathSync('tmp_symlinks/link.txt')));
fs.writeFileSync('tmp_symlinks/link.txt', 'through the link');
console.log(fs.readFileSync('tmp_symlinks/dir/real.txt', 'utf8'));
fs.writeFileSync('tmp_symlinks/dangling', 'created');
console.log(fs.readFileSync('tmp_symlinks/nowhere.txt', 'utf8'));
fs.unlinkSync('tmp_symlinks/link.txt');
console.log(fs.existsSync('tmp_symlinks/link.txt'), fs.existsSync('tmp_symlinks/dir/real.txt'));
fs.symlinkSync('loop', 'tmp_symlinks/loop');
try { fs.readFileSync('tmp_symlinks/loop'); } catch (e) { console.log(e.code, e.message); }
fs.readlink('tmp_symlinks/dirlink', (err, t) => {
  console.log('cb', err, t);
  fs.promises.readlink('tmp_symlinks/dangling').then((t) => console.log('p', t));
  fs.promises.symlink('dir/real.txt', 'tmp_symlinks/p-link').then(() => fs.promises.lstat('tmp_symlinks/p-link')).then((st) => console.log('p lstat', st.isSymbolicLink()));
  fs.symlink('a', 'tmp_symlinks/dirlink', (err) => {
    console.log('cb exists', err.code, err.message);
    setTimeout(() => fs.rmSync('tmp_symlinks', { recursive: true }), 5);
  });
});
