// Sync calls finish in place; the async call's callback waits for the poll phase.
const fs = require('fs');
console.log('start');
fs.readFile('fixtures/hello.txt', 'utf8', (err, text) => console.log('async:', JSON.stringify(text)));
console.log('sync:', JSON.stringify(fs.readFileSync('fixtures/hello.txt', 'utf8')));
console.log('end');
