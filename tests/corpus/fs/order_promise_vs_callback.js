// fs.promises and the callback API side by side.
const fs = require('fs');
fs.promises.readFile('fixtures/hello.txt', 'utf8').then(() => console.log('promise readFile'));
fs.readFile('fixtures/hello.txt', 'utf8', () => console.log('callback readFile'));
