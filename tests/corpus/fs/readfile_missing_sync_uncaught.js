// An uncaught ENOENT from readFileSync ends the process with exit code 1.
const fs = require('fs');
console.log('reading');
fs.readFileSync('missing.txt');
