// flags: 'a' appends; 'wx' fails when the file exists.
const fs = require('fs');
fs.writeFileSync('log.txt', 'first\n');
const a = fs.createWriteStream('log.txt', { flags: 'a' });
a.end('second\n');
a.on('close', () => {
  console.log(JSON.stringify(fs.readFileSync('log.txt', 'utf8')));
  const x = fs.createWriteStream('log.txt', { flags: 'wx' });
  x.on('error', (e) => console.log('error', e.code, e.message));
  x.on('close', () => console.log('wx close'));
});
