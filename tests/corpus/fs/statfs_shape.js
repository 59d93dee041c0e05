// statfs returns a StatFs with seven numeric fields; a missing path is ENOENT naming statfs.
const fs = require('fs');
const s = fs.statfsSync('.');
console.log(s.constructor.name, Object.keys(s), Object.values(s).every((v) => typeof v === 'number'));
try { fs.statfsSync('tmp_statfs_missing'); } catch (e) { console.log(e.message, e.code, e.syscall); }
fs.statfs('.', (err, st) => {
  console.log('cb', err, st.bsize > 0);
  fs.promises.statfs('tmp_statfs_missing').catch((e) => console.log('promise', e.message));
});
