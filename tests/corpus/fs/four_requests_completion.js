// readFile, stat, readFile and access started together: the order they complete in.
const fs = require('fs');
fs.writeFileSync('f05.tmp', 'data');
fs.readFile('f05.tmp', () => console.log('readFile 1'));
fs.stat('f05.tmp', () => console.log('stat'));
fs.readFile('f05.tmp', () => console.log('readFile 2'));
fs.access('f05.tmp', () => console.log('access'));
setTimeout(() => fs.unlinkSync('f05.tmp'), 50);
