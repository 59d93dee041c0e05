// An appendFile callback and a readFile started after it: the sync read sees the old content.
const fs = require('fs');
fs.writeFileSync('f03.tmp', 'one\n');
fs.appendFile('f03.tmp', 'two\n', () => console.log('append cb'));
console.log('sync sees', JSON.stringify(fs.readFileSync('f03.tmp', 'utf8')));
fs.readFile('f03.tmp', 'utf8', (e, d) => { console.log('cb sees', JSON.stringify(d)); fs.unlinkSync('f03.tmp'); });
