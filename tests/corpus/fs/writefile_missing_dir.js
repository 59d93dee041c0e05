// Writing into a directory that does not exist: ENOENT for open.
const fs = require('fs');
fs.writeFile('no_such_dir/out.txt', 'x', (err) => {
  console.log(err.message, err.syscall, err.path);
  try { fs.writeFileSync('no_such_dir/out.txt', 'x'); } catch (e) { console.log(e.message); }
  fs.promises.writeFile('no_such_dir/out.txt', 'x').catch((e) => console.log(e));
});
