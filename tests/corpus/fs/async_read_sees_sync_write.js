// A readFile started before a writeFileSync in the same tick reads the new content: its read
// happens on the thread pool after the script has run.
const fs = require('fs');
const file = 'tmp_read_sees_sync_write.txt';
fs.writeFileSync(file, 'first');
fs.readFile(file, 'utf8', (err, text) => {
  console.log('readFile got:', text);
  fs.unlinkSync(file);
});
fs.writeFileSync(file, 'second');
console.log('sync write done');
