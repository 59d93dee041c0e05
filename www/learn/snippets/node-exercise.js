// Exercise: what does Node print, and in which order?
const fs = require('fs');

console.log('A');
fs.readFile('file.txt', () => console.log('B'));
console.log('C');
