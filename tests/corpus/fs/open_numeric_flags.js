// fs.constants, and open() with numeric flags (O_WRONLY | O_APPEND).
const fs = require('fs');
const { constants } = fs;
console.log(constants.F_OK, constants.R_OK, constants.W_OK, constants.X_OK);
console.log(constants.O_RDONLY, constants.O_WRONLY, constants.O_RDWR, constants.O_CREAT, constants.O_EXCL, constants.O_TRUNC, constants.O_APPEND);
console.log(constants.S_IFMT, constants.S_IFREG, constants.S_IFDIR, constants.S_IFLNK);
console.log(constants.COPYFILE_EXCL, constants.COPYFILE_FICLONE);
console.log(fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
console.log(require('fs/promises').constants === constants, fs.promises.constants === constants);
console.log(Object.keys(constants).length);
fs.writeFileSync('tmp_open_numeric_flags.txt', 'x');
const st = fs.statSync('tmp_open_numeric_flags.txt');
console.log((st.mode & constants.S_IFMT) === constants.S_IFREG, (st.mode & 0o777).toString(8));
const fd = fs.openSync('tmp_open_numeric_flags.txt', constants.O_WRONLY | constants.O_APPEND);
fs.writeSync(fd, 'y');
fs.closeSync(fd);
console.log(fs.readFileSync('tmp_open_numeric_flags.txt', 'utf8'));
try { fs.copyFileSync('tmp_open_numeric_flags.txt', 'tmp_open_numeric_flags.txt', constants.COPYFILE_EXCL); } catch (e) { console.log(e.code, e.message); }
fs.unlinkSync('tmp_open_numeric_flags.txt');
