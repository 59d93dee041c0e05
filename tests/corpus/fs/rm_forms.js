// rm: files, directories with recursive, force for missing paths; rm's errors (lstat, ERR_FS_EISDIR).
const fs = require('fs');
const dir = 'tmp_rm_forms';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(`${dir}/inner`, { recursive: true });
fs.writeFileSync(`${dir}/inner/f.txt`, 'x');
try { fs.rmSync('nope'); } catch (err) { console.log(err.message, err.syscall); }
console.log(fs.rmSync('nope', { force: true }));
try { fs.rmSync(dir); } catch (err) { console.log(err.name, err.code, err.message); console.log(err.info, err.errno, err.syscall, err.path); }
fs.rm(dir, (err) => {
  console.log(err);
  fs.rm(`${dir}/inner/f.txt`, (err2) => {
    console.log('file removed', err2, fs.existsSync(`${dir}/inner/f.txt`));
    fs.promises.rm(dir, { recursive: true }).then(() => {
      console.log('dir removed', fs.existsSync(dir));
      fs.promises.rm('nope').catch((e) => console.log(e));
    });
  });
});
