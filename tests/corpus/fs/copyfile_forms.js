// copyFile copies the bytes; COPYFILE_EXCL refuses to overwrite.
const fs = require('fs');
const out = 'tmp_copyfile_forms.txt';
fs.rmSync(out, { force: true });
fs.copyFileSync('fixtures/hello.txt', out);
console.log(fs.readFileSync(out, 'utf8'));
try { fs.copyFileSync('fixtures/hello.txt', out, fs.constants.COPYFILE_EXCL); } catch (err) { console.log(err.message, err.code); }
fs.copyFile('fixtures/lines.txt', out, (err) => {
  console.log('callback', err, fs.readFileSync(out, 'utf8').length);
  fs.copyFile('nope', out, (e) => {
    console.log(e);
    fs.promises.copyFile('fixtures/data.json', out).then(() => {
      console.log(fs.readFileSync(out, 'utf8').trim());
      fs.unlinkSync(out);
    });
  });
});
