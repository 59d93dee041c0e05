// fs.writeFile then writeFileSync in the same tick: the async write lands last.
const fs = require('fs');
const file = 'tmp_write_then_sync_write.txt';
fs.writeFile(file, 'from async', () => {
  console.log('final:', fs.readFileSync(file, 'utf8'));
  fs.unlinkSync(file);
});
fs.writeFileSync(file, 'from sync');
console.log('now:', fs.readFileSync(file, 'utf8'));
