// Links in readdir (recursive names follow a link to a directory, Dirents do not), rm/rename/rmdir/mkdir on a link, an absolute dangling target.
const fs = require('fs');
fs.mkdirSync('tmp_symlinks_more/inner', { recursive: true });
fs.writeFileSync('tmp_symlinks_more/inner/a.txt', 'A');
fs.symlinkSync('inner', 'tmp_symlinks_more/link-to-inner');
console.log(fs.readdirSync('tmp_symlinks_more', { recursive: true }).sort());
console.log(fs.readdirSync('tmp_symlinks_more', { withFileTypes: true, recursive: true }).map((d) => `${d.name}:${d.isSymbolicLink()}`).sort());
fs.rmSync('tmp_symlinks_more/link-to-inner', { recursive: true });
console.log(fs.existsSync('tmp_symlinks_more/inner/a.txt'), fs.existsSync('tmp_symlinks_more/link-to-inner'));
fs.symlinkSync('inner/a.txt', 'tmp_symlinks_more/l2');
fs.renameSync('tmp_symlinks_more/l2', 'tmp_symlinks_more/l3');
console.log(fs.readlinkSync('tmp_symlinks_more/l3'), fs.readFileSync('tmp_symlinks_more/l3', 'utf8'));
try { fs.rmdirSync('tmp_symlinks_more/l3'); } catch (e) { console.log(e.code, e.syscall); }
try { fs.mkdirSync('tmp_symlinks_more/l3'); } catch (e) { console.log(e.code, e.syscall); }
fs.symlinkSync('/nonexistent/abs', 'tmp_symlinks_more/abs');
console.log(fs.readlinkSync('tmp_symlinks_more/abs'));
try { fs.statSync('tmp_symlinks_more/abs'); } catch (e) { console.log(e.code, e.message); }
fs.promises.readdir('tmp_symlinks_more', { withFileTypes: true }).then((ents) => {
  console.log(ents.map((e) => [e.name, e.isFile(), e.isSymbolicLink()]));
  fs.rmSync('tmp_symlinks_more', { recursive: true });
});
