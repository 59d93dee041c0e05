// fs.watch reports 'change' (or 'rename') with the file name when the program writes the file.
const fs = require('fs');
const file = 'tmp_fs_watch_file.txt';
fs.writeFileSync(file, 'v1');
const watcher = fs.watch(file, (eventType, filename) => {
  console.log('watch', eventType, filename);
  watcher.close();
  fs.unlinkSync(file);
});
console.log(typeof watcher.close, watcher instanceof require('events'));
setTimeout(() => fs.writeFileSync(file, 'v2'), 20);
