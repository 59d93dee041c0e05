// The commonest uncaught error: reading a file that is not there, in UTF-8.
const fs = require('fs');
const text = fs.readFileSync('missing-config.json', 'utf8');
console.log(text);
