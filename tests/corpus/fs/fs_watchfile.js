// fs.watchFile polls with stat every `interval` ms and calls back with (current, previous).
const fs = require('fs');
const file = 'tmp_fs_watchfile.txt';
fs.writeFileSync(file, 'a');
fs.watchFile(file, { interval: 20 }, (curr, prev) => {
  console.log('changed', prev.size, '->', curr.size, curr.isFile());
  fs.unwatchFile(file);
  fs.unlinkSync(file);
});
setTimeout(() => { console.log('writing'); fs.writeFileSync(file, 'abc'); }, 50);
