// rmdir only removes empty directories; unlink only files.
const fs = require('fs');
const dir = 'tmp_rmdir_unlink';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
fs.writeFileSync(`${dir}/f.txt`, 'x');
try { fs.rmdirSync(dir); } catch (err) { console.log(err.message, err.code); }
try { fs.unlinkSync(dir); } catch (err) { console.log(err.message, err.code); }
try { fs.rmdirSync(`${dir}/f.txt`); } catch (err) { console.log(err.message, err.code); }
fs.unlink(`${dir}/f.txt`, (err) => {
  console.log('unlink', err);
  fs.rmdir(dir, (err2) => {
    console.log('rmdir', err2, fs.existsSync(dir));
    fs.unlink('nope', (e) => {
      console.log(e.message);
      fs.rmdir('nope', (e2) => {
        console.log(e2.message);
        fs.promises.unlink('nope').catch((e3) => {
          console.log(e3);
          fs.promises.rmdir('nope').catch((e4) => console.log(e4.code));
        });
      });
    });
  });
});
