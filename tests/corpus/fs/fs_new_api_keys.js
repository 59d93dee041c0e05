// The callback, sync and promise forms of the less common fs functions all exist.
const fs = require('fs');
const names = ['realpath', 'mkdtemp', 'truncate', 'ftruncate', 'chmod', 'fchmod', 'chown', 'fchown', 'lchown', 'utimes', 'futimes', 'lutimes', 'cp', 'opendir', 'fsync', 'fdatasync', 'readv', 'writev', 'statfs', 'readlink', 'symlink', 'link'];
for (const n of names) console.log(n, typeof fs[n], typeof fs[`${n}Sync`], typeof fs.promises[n]);
console.log(typeof fs.realpath.native, typeof fs.realpathSync.native, typeof fs.openAsBlob, typeof fs.Dir);
