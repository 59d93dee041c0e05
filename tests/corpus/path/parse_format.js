// parse splits a path into root, dir, base, ext, name; format puts it back together.
const path = require('path');
for (const p of ['/home/user/dir/file.txt', 'file.txt', '/', '', './a/b', '/a/.bashrc', 'a/b/', '//x', 'dir/file.tar.gz', '..', 'a/..']) {
  const parsed = path.parse(p);
  console.log(JSON.stringify(p), parsed, JSON.stringify(path.format(parsed)));
}
console.log(path.format({ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }));
console.log(path.format({ root: '/', base: 'file.txt', ext: 'ignored' }));
console.log(path.format({ root: '/', name: 'file', ext: '.txt' }));
console.log(path.format({ name: 'x', ext: 'js' }), path.format({ dir: 'd', name: 'n' }), path.format({}));
try { path.format('x'); } catch (e) { console.log(e.code, e.message); }
