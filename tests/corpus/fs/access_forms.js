// access: no error when the path exists, ENOENT otherwise; mode constants.
const fs = require('fs');
console.log(fs.accessSync('fixtures/hello.txt'), fs.constants.F_OK, fs.constants.R_OK, fs.constants.W_OK, fs.constants.X_OK);
try { fs.accessSync('nope'); } catch (err) { console.log(err.message, err.syscall); }
fs.access('fixtures/hello.txt', (err) => {
  console.log('access ok', err);
  fs.access('fixtures/hello.txt', fs.constants.R_OK, (err2) => {
    console.log('access R_OK', err2);
    fs.access('nope', (err3) => {
      console.log(err3);
      fs.promises.access('fixtures').then((v) => {
        console.log('promise access', v);
        return fs.promises.access('nope');
      }).catch((err4) => console.log(err4.message));
    });
  });
});
