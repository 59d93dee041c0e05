// An unhandled fs.promises rejection ends the process.
const fsp = require('fs/promises');
fsp.readFile('missing.txt');
setTimeout(() => console.log('never'), 10);
