const fs = require('fs');
const d = 'sweep_dir_tmp';
fs.mkdir(d, (e) => {
  console.log('mkdir', e);
  fs.writeFile(d + '/a.txt', 'a', () => {
    fs.readdir(d, (e2, list) => {
      console.log('readdir', list);
      fs.rm(d, { recursive: true }, (e3) => console.log('rm', e3, fs.existsSync(d)));
    });
  });
});
console.log('exists now', fs.existsSync(d));
