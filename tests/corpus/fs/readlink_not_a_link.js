// readlink of a regular file is EINVAL (it is not a link); lstat of a file is not a symbolic link.
const fs = require('fs');
const f = 'tmp_readlink_not_a_link.txt';
fs.writeFileSync(f, 'x');
try { fs.readlinkSync(f); } catch (e) { console.log(e.message, e.code, e.errno); }
try { fs.readlinkSync('tmp_readlink_missing'); } catch (e) { console.log(e.message, e.code); }
console.log(fs.lstatSync(f).isSymbolicLink(), fs.lstatSync(f).isFile());
fs.readlink(f, (err) => {
  console.log('cb', err.code, err.syscall);
  fs.promises.readlink(f).catch((e) => {
    console.log('promise', e.code);
    fs.unlinkSync(f);
  });
});
