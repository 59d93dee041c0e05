// Two concurrent readFiles on the thread pool.
const fs = require('fs');
fs.readFile('fixtures/hello.txt', 'utf8', () => console.log('hello.txt'));
fs.readFile('fixtures/lines.txt', 'utf8', () => console.log('lines.txt'));
