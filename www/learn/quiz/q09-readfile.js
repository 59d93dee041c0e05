const fs = require('fs');
fs.readFile('file.txt', () => console.log('file read'));
console.log('reading...');
