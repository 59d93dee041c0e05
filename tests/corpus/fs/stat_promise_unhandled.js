// An unhandled rejection from fs.promises.stat ends the process (exit 1).
const fsp = require('fs/promises');
fsp.stat('no_such_file');
console.log('the rejection comes later');
