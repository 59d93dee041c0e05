// appendFile creates the file if needed and adds to its end, in all three forms.
const fs = require('fs');
const file = 'tmp_appendfile_forms.log';
fs.rmSync(file, { force: true });
fs.appendFileSync(file, 'one\n');
fs.appendFile(file, 'two\n', (err) => {
  console.log('callback', err);
  fs.promises.appendFile(file, 'three\n').then(() => {
    console.log(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, 'flag a\n', { flag: 'a' });
    console.log(fs.readFileSync(file, 'utf8').split('\n').length);
    fs.unlinkSync(file);
  });
});
