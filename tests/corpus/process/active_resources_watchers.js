// fs.watch is an FSEventWrap (listed until the close phase after close()), fs.watchFile a
// StatWatcher (no Timeout of its own; unwatchFile unrefs it before closing it).
const fs = require('fs');
const show = (label) => console.log(label, process.getActiveResourcesInfo().join(), '|',
  process._getActiveHandles().map((h) => h.constructor.name).join());
fs.writeFileSync('watched.txt', 'a');
show('start');
const watcher = fs.watch('watched.txt');
show('watch');
watcher.unref();
show('unref');
watcher.ref();
show('ref');
fs.watchFile('watched.txt', { interval: 50 }, () => {});
show('watchFile');
fs.unwatchFile('watched.txt');
show('unwatchFile');
watcher.close();
show('close()');
watcher.on('close', () => show('close event'));
setImmediate(() => {
  show('immediate');
  fs.unlinkSync('watched.txt');
});
