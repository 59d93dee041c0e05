// fs/promises open of a missing file rejects with ENOENT.
const fsp = require('fs/promises');
fsp.open('absent.txt').catch((e) => console.log(e.code, e.syscall, e.message));
