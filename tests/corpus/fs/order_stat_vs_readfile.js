// stat is one pool round trip, readFile four (open, fstat, read, close): stat usually wins.
const fs = require('fs');
fs.readFile('fixtures/hello.txt', () => console.log('readFile'));
fs.stat('fixtures/hello.txt', () => console.log('stat'));
