const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, 'tmp_dir_sweep');
fs.mkdir(dir, { recursive: true }, (err) => {
  console.log('mkdir', err);
  fs.writeFile(path.join(dir, 'a.txt'), 'A', () => {
    fs.readdir(dir, (err, names) => {
      console.log('readdir', names);
      fs.rm(dir, { recursive: true }, (err) => console.log('rm', err, fs.existsSync(dir)));
    });
  });
});
