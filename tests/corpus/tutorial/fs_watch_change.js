const fs = require('fs');
const path = require('path');
const file = path.join(__dirname, 'tmp_watch.txt');
fs.writeFileSync(file, 'a');
const w = fs.watch(file, (type, name) => { console.log('event', type, name); w.close(); fs.unlinkSync(file); });
w.on('close', () => console.log('watcher closed'));
setTimeout(() => fs.writeFileSync(file, 'b'), 20);
