// fs.readFileSync: encodings, options objects, and JSON from a file.
const fs = require('fs');
console.log(fs.readFileSync('fixtures/hello.txt'));
console.log(fs.readFileSync('fixtures/hello.txt', 'utf8'));
console.log(fs.readFileSync('fixtures/hello.txt', { encoding: 'hex' }));
console.log(fs.readFileSync('fixtures/lines.txt', 'utf8').split('\n'));
console.log(JSON.parse(fs.readFileSync('fixtures/data.json', 'utf8')));
console.log(fs.readFileSync('fixtures/hello.txt', 'latin1').length);
