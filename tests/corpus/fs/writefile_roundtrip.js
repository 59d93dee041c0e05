// writeFile then readFile in the callback; writeFile replaces the whole content.
const fs = require('fs');
const file = 'tmp_writefile_roundtrip.txt';
fs.writeFile(file, 'first version', (err) => {
  console.log('written', err);
  fs.writeFile(file, 'second', 'utf8', (err2) => {
    console.log('rewritten', err2, fs.readFileSync(file, 'utf8'));
    fs.unlinkSync(file);
    console.log('exists after unlink:', fs.existsSync(file));
  });
});
