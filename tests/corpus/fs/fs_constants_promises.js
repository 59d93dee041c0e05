// fs.constants and fs.promises.constants are the same object with Node's Linux values.
const fs = require('fs');
console.log(fs.promises.constants === fs.constants, Object.keys(fs.constants).length);
const c = fs.constants;
console.log(c.O_CREAT, c.O_EXCL, c.O_TRUNC, c.O_APPEND, c.S_IFMT, c.S_IFREG, c.S_IFDIR, c.S_IRWXU, c.COPYFILE_FICLONE);
console.log(Object.keys(fs.constants).slice(0, 6));
console.log(require('fs/promises').constants.W_OK);
